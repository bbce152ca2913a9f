import type { PageKind } from '@/lib/model/consoles';

/**
 * Where on this platform each kind of work is done (checklist deep links): one tap from a
 * duty to the console page where it is done, and opening it ticks the duty.
 * JD: 京麦/商家后台 (shop.jd.com), 京东商智 (sz.jd.com), 京准通 and 规则中心.
 * Each URL is one of this platform's PAGE_EXAMPLES (seen 2026-11) or its plain form without
 * tracking parameters, and is tested to be detected as its own page kind
 * (tests/unit/checklist/links.test.ts). No item edit link: that page needs an item id.
 */
export const links: Partial<Record<PageKind, string>> = {
  // 京东商智 首页
  dashboard: 'https://sz.jd.com/index.html',
  // 商品管理 在售商品
  itemList: 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare',
  // 违规管理
  complaints: 'https://shop.jd.com/jdm/violation/list',
  // 营销活动
  campaigns: 'https://shop.jd.com/jdm/marketing/activity/list',
  // 评价管理
  reviews: 'https://shop.jd.com/jdm/comment/list',
  // 京准通（京东快车）
  ads: 'https://jzt.jd.com/home',
  // 规则中心
  rules: 'https://rule.jd.com/rule/ruleList.action',
  // 店铺装修
  decoration: 'https://shop.jd.com/jdm/shop-decoration/index',
  // 订单管理
  orders: 'https://shop.jd.com/jdm/trade/orders/order-list',
  // 京东商智 服务概况
  service: 'https://sz.jd.com/sz/view/service/serviceSummary.html',
};
