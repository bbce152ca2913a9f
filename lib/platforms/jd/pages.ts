import { host, pageKinds, path, under } from '../page-detection';

/**
 * JD seller consoles: 京东商智 (sz.jd.com, and jdsz.jd.com where the 2024+ 商智 lives), 京麦 /
 * 京东商家后台 (shop.jd.com/jdm/…: home, 商品管理, 订单, 客服), 京准通 (jzt.jd.com: 京东快车 and the
 * other ad products) and the 规则中心 (rule.jd.com). Buyer hosts (www/item/search.jd.com) are
 * never matched.
 *
 * Paths seen in public seller tools as of 2026-11: sz /index.html, /sz/view/realTime/realKanBans.html,
 * /sz/view/dealAnalysis/dealSummarys.html, /sz/view/productAnalysis/productDetails.html, jdsz
 * /szweb/view/index/home.html, /szweb/view/tradeAnalysis/tradeSummary.html, shop /jdm/home,
 * /jdm/ware/manage/list/OnsaleWare, /jdm/trade/…, /jdm/kefu/…, jzt /kuaiche/…, rule
 * /rule/ruleList.action. The ware edit URL (/jdm/ware/edit?wareId=…) is a reconstruction of 京麦's
 * naming that helper C's title guard is built on; 京麦's 评价/违规/营销 apps are reconstructions
 * of the same /jdm/<app> scheme (marked below).
 */
export const matches = [
  'https://sz.jd.com/*',
  'https://jdsz.jd.com/*',
  'https://shop.jd.com/*',
  // 京准通 (京东快车, 京东展位, 购物触点 …)
  'https://jzt.jd.com/*',
  // 规则中心
  'https://rule.jd.com/*',
] as const;

/** 商智 pages live under /sz/view/… on sz.jd.com and /szweb/view/… (or /szweb/sz/view/…) on jdsz. */
const shangzhi = (url: URL, ...sections: string[]) =>
  host(url, 'sz.jd.com', 'jdsz.jd.com') &&
  sections.some((s) => under(url, [`/sz/view/${s}`, `/szweb/view/${s}`, `/szweb/sz/view/${s}`]));
const jdm = (url: URL, ...apps: string[]) => host(url, 'shop.jd.com') && under(url, apps.map((a) => `/jdm/${a}`));

/** Each detector's URLs are real (or same-shape) console URLs; sources in the header comment. */
const pages = pageKinds();

/** 商智 首页 and 实时看板; 京麦 home. */
export const isDashboard = pages.add('dashboard', (url: URL) =>
  (host(url, 'sz.jd.com') && ['', '/index.html', '/sz/view/index/index.html'].includes(path(url))) ||
  (host(url, 'jdsz.jd.com') && ['', '/szweb/view/index/home.html'].includes(path(url))) ||
  shangzhi(url, 'realtime') ||
  (host(url, 'shop.jd.com') && ['', '/jdm/home', '/jdm'].includes(path(url))), [
  'https://sz.jd.com/index.html',
  'https://sz.jd.com/sz/view/realTime/realKanBans.html',
  'https://jdsz.jd.com/szweb/view/index/home.html',
  'https://shop.jd.com/jdm/home',
]);

/** 京麦 商品管理 (在售/待售 lists) and 商智 商品明细. */
export const isItemList = pages.add('itemList', (url: URL) =>
  jdm(url, 'ware/manage') || shangzhi(url, 'productanalysis/productdetails.html', 'productanalysis/productdetail.html'), [
  'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare',
  'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare?_JDMOMID_=1303,1302',
  'https://sz.jd.com/sz/view/productAnalysis/productDetails.html',
]);

/** 商品编辑/发布: shop.jd.com/jdm/ware/edit?wareId=… (reconstruction) and /jdm/ware/publish. */
export const isItemEdit = pages.add('itemEdit', (url: URL) => jdm(url, 'ware/edit', 'ware/publish'), ['https://shop.jd.com/jdm/ware/edit?wareId=100012043978', 'https://shop.jd.com/jdm/ware/publish']);

/** 商智 商品概况 and other product analysis pages (not the SKU detail list). */
export const isItemAnalysis = pages.add('itemAnalysis', (url: URL) => shangzhi(url, 'productanalysis') && !isItemList(url), [
  'https://sz.jd.com/sz/view/productAnalysis/productSummarys.html',
  'https://jdsz.jd.com/sz/view/productAnalysis/productSummarys.html',
]);

/** 商智 流量. */
export const isTraffic = pages.add('traffic', (url: URL) => shangzhi(url, 'viewflow'), [
  'https://sz.jd.com/szweb/sz/view/viewflow/flowPathDetailsNew.html',
  'https://jdsz.jd.com/szweb/view/viewflow/viewStats.html',
]);

/** 商智 交易概况. */
export const isTrade = pages.add('trade', (url: URL) => shangzhi(url, 'dealanalysis', 'tradeanalysis'), ['https://sz.jd.com/sz/view/dealAnalysis/dealSummarys.html', 'https://jdsz.jd.com/szweb/view/tradeAnalysis/tradeSummary.html']);

/** 京麦 违规管理 / 店铺风向标 (reconstruction of the /jdm/<app> scheme). */
export const isComplaints = pages.add('complaints', (url: URL) => jdm(url, 'violation', 'shop-health'), ['https://shop.jd.com/jdm/violation/list']);

/** 京麦 营销中心 / 活动报名 (reconstruction of the /jdm/<app> scheme). */
export const isCampaigns = pages.add('campaigns', (url: URL) => jdm(url, 'marketing', 'activity'), ['https://shop.jd.com/jdm/marketing/activity/list']);

/** 京麦 评价管理 (reconstruction of the /jdm/<app> scheme). */
export const isReviews = pages.add('reviews', (url: URL) => jdm(url, 'comment'), ['https://shop.jd.com/jdm/comment/list']);

/** 京准通: 京东快车 and the other ad products. */
export const isAds = pages.add('ads', (url: URL) => host(url, 'jzt.jd.com') && !path(url).startsWith('/school'), ['https://jzt.jd.com/home', 'https://jzt.jd.com/kuaiche/survey.html#/normal_v2/unitList?campaignId=139020335']);

/** 规则中心. */
export const isRules = pages.add('rules', (url: URL) => host(url, 'rule.jd.com') && under(url, ['/rule']), ['https://rule.jd.com/rule/ruleList.action', 'https://rule.jd.com/rule/ruleDetail.action?ruleId=1249712217973198848']);

/** 京麦 店铺装修 (reconstruction of the /jdm/<app> scheme). */
export const isDecoration = pages.add('decoration', (url: URL) => jdm(url, 'shop-decoration', 'decoration'), ['https://shop.jd.com/jdm/shop-decoration/index']);

/** 京麦 订单, 售后. */
export const isOrders = pages.add('orders', (url: URL) => jdm(url, 'trade'), [
  'https://shop.jd.com/jdm/trade/orders/order-list',
  'https://shop.jd.com/jdm/trade/after-sale/independent-after-sale/list?tabCode=waitAudit',
]);

/** 京麦 客服 and 商智 服务. */
export const isService = pages.add('service', (url: URL) => jdm(url, 'kefu') || shangzhi(url, 'service'), ['https://shop.jd.com/jdm/kefu/kf-manage-lite/#/UtilsSetting/ChatLog', 'https://sz.jd.com/sz/view/service/serviceSummary.html']);

export const PAGE_DETECTORS = pages.detectors;
export const detectPage = pages.detect;
export const PAGE_EXAMPLES = pages.examples;


/** Console URLs ShopMate must leave alone (matched host, page of no interest). */
export const IGNORED_EXAMPLES: string[] = [
  'https://shop.jd.com/jdm/finance/consumerInvoice/cinvoiceOrder',
  'https://jdsz.jd.com/szweb/view/industry/industry-top.html',
  'https://jdsz.jd.com/szweb/view/reports-center/recommend-report-temp.html',
  'https://jzt.jd.com/school/problem',
  'https://rule.jd.com/',
];

/** Not JD seller pages at all (shoppers' hosts, look-alikes, plain http). */
export const FOREIGN_EXAMPLES: string[] = [
  'https://www.jd.com/',
  'https://item.jd.com/100012043978.html',
  'https://search.jd.com/Search?keyword=马克杯',
  'https://passport.shop.jd.com/login/index.action',
  'http://sz.jd.com/index.html',
  'https://sz.jd.com.evil.example/index.html',
];
