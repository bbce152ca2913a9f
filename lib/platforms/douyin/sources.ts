import type { SourceColumns } from '@/lib/extract/traffic-sources';

/**
 * 抖店罗盘 流量: 流量渠道 rows (商品卡, 直播间, 短视频, 搜索 …) with 访客数/商品访客数 and 成交金额
 * (reconstructed layout; tests/fixtures/console/douyin/compass-flow-sources.html).
 */
export const SOURCE_COLUMNS: SourceColumns = {
  source: ['流量渠道', '渠道', '流量来源'],
  uv: ['商品访客数', '访客数'],
  salesAmount: ['成交金额', '支付金额'],
  paidBuyers: ['成交人数', '支付人数'],
};
