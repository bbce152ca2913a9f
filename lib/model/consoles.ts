/** The kinds of console page ShopMate recognises, across platforms. */
export const PAGE_KINDS = [
  'dashboard', // 首页 / 概况: today's & yesterday's shop metrics
  'itemList', // 商品列表 / 商品排行 / Manage Inventory
  'itemEdit', // 宝贝发布/编辑: the title field lives here
  'itemAnalysis', // 单品分析 / 商品360
  'traffic', // 流量
  'trade', // 交易
  'complaints', // 体检 / 违规 / 投诉 / 店铺健康 (checklist: shop-check)
  'campaigns', // 营销活动 (checklist: campaigns)
  'reviews', // 评价管理 (checklist: fundamentals)
  'ads', // 直通车 / 万相台 / 多多推广 / 京东快车 / 巨量千川 / Advertising
  'rules', // 规则中心 / 公告 (checklist: rules)
  'decoration', // 店铺装修 (checklist: store-pages)
  'orders', // 订单 / 物流 (customer-service follow-ups)
  'service', // 客服
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const PLATFORM_IDS = ['taobao', 'pinduoduo', 'jd', 'douyin', 'amazon'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];
