import type { SourceColumns } from '@/lib/extract/traffic-sources';

/**
 * 拼多多 数据中心 流量数据: 流量来源 rows (搜索, 场景, 活动 …) with 访客数 and 成交金额 (reconstructed
 * layout; tests/fixtures/console/pinduoduo/sycm-flow-sources.html).
 */
export const SOURCE_COLUMNS: SourceColumns = {
  source: ['流量来源', '来源渠道', '渠道'],
  uv: ['访客数', '商品访客数'],
  salesAmount: ['成交金额', '支付金额'],
  paidBuyers: ['成交买家数', '支付买家数'],
};
