import type { PageKind } from '@/lib/model/consoles';

/**
 * Where on this platform each kind of work is done (checklist deep links): one tap from a
 * duty to the console page where it is done, and opening it ticks the duty.
 * Pinduoduo: 商家后台 (mms) and 多多推广 (yingxiao).
 * Each URL is one of this platform's PAGE_EXAMPLES (seen 2026-11) or its plain form without
 * tracking parameters, and is tested to be detected as its own page kind
 * (tests/unit/checklist/links.test.ts). No item edit link: that page needs an item id.
 */
export const links: Partial<Record<PageKind, string>> = {
  // 工作台 今日数据
  dashboard: 'https://mms.pinduoduo.com/home/',
  // 商品列表
  itemList: 'https://mms.pinduoduo.com/goods/goods_list',
  // 店铺违规
  complaints: 'https://mms.pinduoduo.com/pg/violation_list/mall_manage',
  // 营销活动 报名记录
  campaigns: 'https://mms.pinduoduo.com/act/register_record?tab=0',
  // 评价管理
  reviews: 'https://mms.pinduoduo.com/goods/evaluation/index',
  // 多多推广
  ads: 'https://yingxiao.pinduoduo.com/goods/promotion/list',
  // 规则中心
  rules: 'https://mms.pinduoduo.com/other/rule',
  // 店铺装修
  decoration: 'https://mms.pinduoduo.com/mall/decoration/home',
  // 订单查询
  orders: 'https://mms.pinduoduo.com/orders/list?tab=0',
  // 多多客服
  service: 'https://mms.pinduoduo.com/chat-merchant/index.html',
};
