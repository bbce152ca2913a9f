import type { SourceColumns } from '@/lib/extract/traffic-sources';

/**
 * 京东商智 流量 → 流量来源: 来源名称 rows (京东搜索, 京东推荐, 京东快车 …) with 访客数 and 成交金额
 * (reconstructed layout; tests/fixtures/console/jd/sz-flow-sources.html).
 */
export const SOURCE_COLUMNS: SourceColumns = {
  source: ['来源名称', '流量来源', '来源'],
  uv: ['访客数'],
  salesAmount: ['成交金额', '支付金额'],
  paidBuyers: ['成交客户数', '成交人数'],
};
