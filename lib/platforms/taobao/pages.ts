import { host, hostPath, pageKinds, path } from '../page-detection';

/**
 * Taobao/Tmall seller consoles: 生意参谋 (sycm), 千牛卖家中心 (myseller — Tmall merchants work in
 * the same 千牛 and 生意参谋), the item publisher, and the seller-only consoles the daily checklist
 * sends the seller to (体检中心, 直通车, 规则中心, 旺铺装修). Whole *.taobao.com seller hosts only
 * (the manifest test allows nothing else); buyer-facing hosts (www/item/s/rate/trade.taobao.com,
 * detail.tmall.com) are never matched. Older Tmall-only hosts (ipublish/rule.tmall.com) and
 * 阿里妈妈's one.alimama.com (万相台) are left out: 千牛's own 商品管理 and 推广中心 cover them.
 *
 * Each detector is pure and takes the URL; the URLs beside each are the ones the tests
 * check (each positive for its own kind, negative for every other). URLs were seen in public
 * code and docs as of 2026-11 (see docs/console-facts.md#console-urls and the comments below).
 */
export const matches = [
  'https://sycm.taobao.com/*',
  'https://myseller.taobao.com/*',
  'https://item.upload.taobao.com/*',
  // 体检中心 (shop health, violations)
  'https://healthcenter.taobao.com/*',
  // 直通车 (阿里妈妈's keyword ads console for Taobao/Tmall sellers)
  'https://subway.simba.taobao.com/*',
  // 规则中心
  'https://rule.taobao.com/*',
  // 旺铺 shop decoration
  'https://wangpu.taobao.com/*',
] as const;

/** 千牛 is an SPA whose app lives in the path after /home.htm/ (e.g. /home.htm/SellManage/on_sale). */
const qianniuApp = (url: URL): string | undefined => {
  if (!host(url, 'myseller.taobao.com')) return undefined;
  const m = /^\/home\.htm(?:\/(.*))?$/i.exec(url.pathname);
  return m ? (m[1] ?? '').replace(/\/+$/, '').toLowerCase() : undefined;
};
const qianniuAppIs = (url: URL, ...prefixes: string[]) => {
  const app = qianniuApp(url);
  return app !== undefined && prefixes.some((p) => app === p || app.startsWith(`${p}/`));
};
const sycm = (url: URL, ...prefixes: string[]) => hostPath(url, 'sycm.taobao.com', prefixes);

/**
 * Each detector's URLs are real (or realistic, same shape) console URLs. Sources:
 * docs/console-facts.md#console-urls (sycm, myseller home, the publish page) and public code/docs
 * seen 2026-11 (千牛 app paths).
 */
const pages = pageKinds();

/** 生意参谋 首页 (the root redirects there) and 千牛 工作台 home: today's and yesterday's shop numbers. */
export const isDashboard = pages.add('dashboard', (url: URL) =>
  (host(url, 'sycm.taobao.com') && (path(url) === '' || path(url) === '/portal/home.htm' || path(url) === '/portal/home')) ||
  qianniuApp(url) === '' ||
  qianniuAppIs(url, 'qnworkbenchhome'), [
  'https://sycm.taobao.com/portal/home.htm',
  'https://sycm.taobao.com/portal/home.htm?dateType=today',
  'https://sycm.taobao.com/',
  'https://myseller.taobao.com/home.htm',
  'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
]);

/** 商品排行 (sycm /cc/item_rank), 千牛 商品管理 (SellManage/on_sale|in_stock|all…). */
export const isItemList = pages.add('itemList', (url: URL) => sycm(url, '/cc/item_rank') || qianniuAppIs(url, 'sellmanage'), [
  'https://sycm.taobao.com/cc/item_rank',
  'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-01%7C2026-11-30&dateType=month',
  'https://myseller.taobao.com/home.htm/SellManage/on_sale',
  'https://myseller.taobao.com/home.htm/SellManage/in_stock?current=1&pageSize=20',
  'https://myseller.taobao.com/home.htm/SellManage/all',
]);

/** 宝贝发布/编辑: item.upload.taobao.com/sell/v2/publish.htm?itemId=… (also the older /sell/publish.htm). */
export const isItemEdit = pages.add('itemEdit', (url: URL) =>
  host(url, 'item.upload.taobao.com') && /^\/sell\/(?:v\d+\/)?(?:publish|edit)\.htm$/.test(path(url)), [
  'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=728461930215',
  'https://item.upload.taobao.com/sell/publish.htm?itemId=728461930215',
]);

/** 商品360 (item_archives), 宏观监控, 商品效果: one item's or the category's analysis. */
export const isItemAnalysis = pages.add('itemAnalysis', (url: URL) =>
  sycm(url, '/cc/item_archives', '/cc/macroscopic_monitor', '/cc/macro_monitor', '/bda/items'), [
  'https://sycm.taobao.com/cc/item_archives?itemId=728461930215',
  'https://sycm.taobao.com/cc/macroscopic_monitor',
  'https://sycm.taobao.com/cc/macro_monitor',
  'https://sycm.taobao.com/bda/items/effect/item_effect.htm',
]);

/** 流量 (flow): overview, sources, keywords. */
export const isTraffic = pages.add('traffic', (url: URL) => sycm(url, '/flow'), ['https://sycm.taobao.com/flow/monitor/overview', 'https://sycm.taobao.com/flow/monitor/shopsource/construction']);

/** 交易 (交易概况 /bda/tradinganaly) and 实时 (/ipoll, listed as 交易 in the shared facts). */
export const isTrade = pages.add('trade', (url: URL) => sycm(url, '/bda/tradinganaly', '/ipoll', '/trade'), ['https://sycm.taobao.com/ipoll/index.htm', 'https://sycm.taobao.com/bda/tradinganaly/overview/overview.htm']);

/** 体检中心: shop health, violations and punishments. */
export const isComplaints = pages.add('complaints', (url: URL) => host(url, 'healthcenter.taobao.com'), ['https://healthcenter.taobao.com/home/health_home.htm', 'https://healthcenter.taobao.com/home/punish_history.htm']);

/** 营销活动中心 in 千牛 (starb/tmc-next …) and 聚划算 sign-up (qn-jhs-*). */
export const isCampaigns = pages.add('campaigns', (url: URL) =>
  qianniuAppIs(url, 'starb') || (qianniuApp(url)?.startsWith('qn-jhs') ?? false), [
  'https://myseller.taobao.com/home.htm/starb/tmc-next/sale/seller/homepage.htm',
  'https://myseller.taobao.com/home.htm/qn-jhs-bybt-seller/bybt',
]);

/** 评价管理 in 千牛 (comment-manage/list/…). */
export const isReviews = pages.add('reviews', (url: URL) => qianniuAppIs(url, 'comment-manage'), ['https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC']);

/** 直通车, 千牛 推广中心 (万相台 and the other ad products are entered from there). */
export const isAds = pages.add('ads', (url: URL) => host(url, 'subway.simba.taobao.com') || qianniuAppIs(url, 'tuiguangcenter_new', 'tuiguangcenter'), ['https://subway.simba.taobao.com/#!/home', 'https://myseller.taobao.com/home.htm/tuiguangcenter_new/']);

/** 规则中心. */
export const isRules = pages.add('rules', (url: URL) => host(url, 'rule.taobao.com'), ['https://rule.taobao.com/index.htm', 'https://rule.taobao.com/detail-11000.htm']);

/** 旺铺 店铺装修. */
export const isDecoration = pages.add('decoration', (url: URL) => host(url, 'wangpu.taobao.com'), ['https://wangpu.taobao.com/index.htm']);

/** 已卖出的宝贝 / 待发货 / 批量发货 (customer-service follow-ups). */
export const isOrders = pages.add('orders', (url: URL) => qianniuAppIs(url, 'qn-order', 'trade-platform', 'batch-consign'), [
  'https://myseller.taobao.com/home.htm/qn-order/unshipped',
  'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  'https://myseller.taobao.com/home.htm/batch-consign',
]);

/** 服务数据 (sycm /qos/service) and 千牛 客服绩效 (op-sycm-svc). */
export const isService = pages.add('service', (url: URL) => sycm(url, '/qos/service') || qianniuAppIs(url, 'op-sycm-svc'), ['https://sycm.taobao.com/qos/service/core_monitor/new', 'https://myseller.taobao.com/home.htm/op-sycm-svc/overview']);

export const PAGE_DETECTORS = pages.detectors;
export const detectPage = pages.detect;
export const PAGE_EXAMPLES = pages.examples;


/** Console URLs ShopMate must leave alone (matched host, page of no interest). */
export const IGNORED_EXAMPLES: string[] = [
  'https://sycm.taobao.com/mc/mq/market_monitor',
  'https://sycm.taobao.com/adm/v2/my',
  'https://myseller.taobao.com/home.htm/shop-manage/shop-center',
  'https://myseller.taobao.com/home.htm/sucai-tu/home',
  'https://item.upload.taobao.com/sell/v2/draft.htm',
];
