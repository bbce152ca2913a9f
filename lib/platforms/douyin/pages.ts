import { host, hostPath, pageKinds, path } from '../page-detection';

/**
 * Douyin seller consoles: 抖店 (fxg.jinritemai.com/ffa/…), 抖音电商罗盘 (compass.jinritemai.com/shop/…),
 * 巨量千川 (qianchuan.jinritemai.com, the sellers' ads console), 飞鸽 customer service
 * (im.jinritemai.com) and the 学习中心 rules pages (school.jinritemai.com/doudian/web/rules).
 * Buyer hosts (www.douyin.com, haohuo.jinritemai.com) are never matched.
 *
 * Paths seen in public seller tools as of 2026-11: fxg /ffa/mshop/homepage/index, /ffa/g/list,
 * /ffa/g/create, /ffa/g/comment, /ffa/morder/order/list, /ffa/grs/penalty, /ffa/eco/experience-score,
 * /ffa/marketing/…, /ffa/mshop/decorate/…; compass /shop, /shop/commodity/product-list,
 * /shop/merchandise-traffic…, /shop/search/…; qianchuan /uni-prom; im /pc_seller_v2/main/workspace;
 * school /doudian/web/rules. The edit URL (/ffa/g/create?product_id=…) is the one helper C's title
 * guard is built on.
 */
export const matches = [
  'https://fxg.jinritemai.com/*',
  'https://compass.jinritemai.com/*',
  'https://qianchuan.jinritemai.com/*',
  'https://im.jinritemai.com/*',
  'https://school.jinritemai.com/*',
] as const;

const on = (url: URL, name: string, ...prefixes: string[]) => hostPath(url, name, prefixes);
const fxg = (url: URL, ...prefixes: string[]) => on(url, 'fxg.jinritemai.com', ...prefixes.map((p) => `/ffa/${p}`));
const compass = (url: URL, ...prefixes: string[]) => on(url, 'compass.jinritemai.com', ...prefixes.map((p) => `/shop${p}`));

/** Each detector's URLs are real (or same-shape) console URLs; sources in the header comment. */
const pages = pageKinds();

/** 抖店 首页 (homepage) and 罗盘 经营概览 (/shop). */
export const isDashboard = pages.add('dashboard', (url: URL) =>
  fxg(url, 'mshop/homepage') ||
  (host(url, 'fxg.jinritemai.com') && ['', '/ffa', '/ffa/grs-new'].includes(path(url))) ||
  (host(url, 'compass.jinritemai.com') && ['', '/shop', '/shop/core-data', '/shop/overview'].includes(path(url))), [
  'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
  'https://fxg.jinritemai.com/ffa/mshop/homepage/index?btm_ppre=a2427.b21452.c0.d0',
  'https://compass.jinritemai.com/shop',
]);

/** 抖店 商品管理 and 罗盘 商品列表. */
export const isItemList = pages.add('itemList', (url: URL) => fxg(url, 'g/list') || compass(url, '/commodity/product-list'), [
  'https://fxg.jinritemai.com/ffa/g/list',
  'https://fxg.jinritemai.com/ffa/g/list?tab=all',
  'https://compass.jinritemai.com/shop/commodity/product-list',
]);

/** 商品创建/编辑: /ffa/g/create?product_id=… (no id = a new product), /ffa/g/edit. */
export const isItemEdit = pages.add('itemEdit', (url: URL) => fxg(url, 'g/create', 'g/edit'), [
  'https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456',
  'https://fxg.jinritemai.com/ffa/g/create',
]);

/** 罗盘 单品分析 (one product's traffic and sales). */
export const isItemAnalysis = pages.add('itemAnalysis', (url: URL) =>
  compass(url, '/merchandise-traffic-analysis', '/commodity/product-detail', '/commodity/product-analysis'), ['https://compass.jinritemai.com/shop/merchandise-traffic-analysis?product_id=3701234567890123456&tab_type=1']);

/** 罗盘 流量: 商品流量, 搜索. */
export const isTraffic = pages.add('traffic', (url: URL) => compass(url, '/merchandise-traffic', '/search', '/flow'), ['https://compass.jinritemai.com/shop/merchandise-traffic', 'https://compass.jinritemai.com/shop/search/drainage-terms']);

/** 罗盘 交易. */
export const isTrade = pages.add('trade', (url: URL) => compass(url, '/trade'), ['https://compass.jinritemai.com/shop/trade/overview']);

/** 抖店 违规管理 and 店铺体验分 (the shop's health score). */
export const isComplaints = pages.add('complaints', (url: URL) => fxg(url, 'grs/penalty', 'eco/experience-score', 'eco/violation'), ['https://fxg.jinritemai.com/ffa/grs/penalty', 'https://fxg.jinritemai.com/ffa/eco/experience-score?source=fxg-menu']);

/** 抖店 营销中心: 活动, 限时限量购, 优惠券 (/ffa/marketing/…). */
export const isCampaigns = pages.add('campaigns', (url: URL) => fxg(url, 'marketing'), [
  'https://fxg.jinritemai.com/ffa/marketing/tools/limitsales/create?refer=new&from_page=marketing_tool_page_create',
  'https://fxg.jinritemai.com/ffa/marketing/coupon/home',
  // 平台活动 (活动报名), where the campaign review prompt shows (tests/fixtures/console/guidance).
  'https://fxg.jinritemai.com/ffa/marketing/activity/list',
]);

/** 抖店 评价管理. */
export const isReviews = pages.add('reviews', (url: URL) => fxg(url, 'g/comment'), ['https://fxg.jinritemai.com/ffa/g/comment']);

/** 巨量千川. */
export const isAds = pages.add('ads', (url: URL) =>
  host(url, 'qianchuan.jinritemai.com') && !/^\/(login|openapi|oauth2)(\/|$)/.test(path(url)), ['https://qianchuan.jinritemai.com/home?shop_id=778899', 'https://qianchuan.jinritemai.com/uni-prom?aavid=1876024170199244']);

/** 抖音电商学习中心 规则中心. */
export const isRules = pages.add('rules', (url: URL) => on(url, 'school.jinritemai.com', '/doudian/web/rules'), ['https://school.jinritemai.com/doudian/web/rules', 'https://school.jinritemai.com/doudian/web/rules/11688?tabKey=rules']);

/** 抖店 店铺装修. */
export const isDecoration = pages.add('decoration', (url: URL) => fxg(url, 'mshop/decorate'), ['https://fxg.jinritemai.com/ffa/mshop/decorate/isv/entry']);

/** 抖店 订单, 物流发货, 售后. */
export const isOrders = pages.add('orders', (url: URL) => fxg(url, 'morder', 'merchant-aftersale-workbench'), [
  'https://fxg.jinritemai.com/ffa/morder/order/list',
  'https://fxg.jinritemai.com/ffa/morder/logistics/delivery',
  'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list',
]);

/** 飞鸽 客服工作台. */
export const isService = pages.add('service', (url: URL) => on(url, 'im.jinritemai.com', '/pc_seller_v2', '/pc_seller'), ['https://im.jinritemai.com/pc_seller_v2/main/workspace']);

export const PAGE_DETECTORS = pages.detectors;
export const detectPage = pages.detect;
export const PAGE_EXAMPLES = pages.examples;


/** Console URLs ShopMate must leave alone (matched host, page of no interest). */
export const IGNORED_EXAMPLES: string[] = [
  'https://fxg.jinritemai.com/ffa/grs/qualification/shopinfo',
  'https://fxg.jinritemai.com/login/common',
  'https://compass.jinritemai.com/shop/chance/rank-product',
  'https://qianchuan.jinritemai.com/login',
  'https://school.jinritemai.com/doudian/web/article/101829',
];

/** Not Douyin seller pages at all (shoppers' hosts, look-alikes, plain http). */
export const FOREIGN_EXAMPLES: string[] = [
  'https://www.douyin.com/',
  'https://haohuo.jinritemai.com/views/product/item2?id=3701234567890123456',
  'http://fxg.jinritemai.com/ffa/mshop/homepage/index',
  'https://fxg.jinritemai.com.evil.example/ffa/mshop/homepage/index',
];
