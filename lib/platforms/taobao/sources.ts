import type { SourceColumns } from '@/lib/extract/traffic-sources';

/**
 * 生意参谋 流量 → 店铺来源 (构成): one row per source (手淘搜索, 手淘推荐, 直通车 …) with its visitors
 * and what they paid. Header words as the console prints them (reconstructed layout: no live page
 * offline; see tests/fixtures/console/taobao/sycm-flow-sources.html).
 */
export const SOURCE_COLUMNS: SourceColumns = {
  source: ['流量来源', '来源名称', '来源'],
  uv: ['访客数'],
  salesAmount: ['支付金额'],
  paidBuyers: ['支付买家数'],
};
