import { host, hostPath, pageKinds, path } from '../page-detection';

/**
 * Pinduoduo 拼多多商家后台 (mms.pinduoduo.com: 首页, 数据中心 /sycm, 商品, 订单, 营销活动, 评价,
 * 违规, 规则, 客服) and 多多推广 (yingxiao.pinduoduo.com, the sellers' ads console). Buyer hosts
 * (mobile.yangkeduo.com, www.pinduoduo.com) are never matched.
 *
 * Each detector is pure and takes the URL; the URLs beside each are the ones the tests
 * check (each positive for its own kind, negative for every other). Paths were seen in public
 * seller tools and RPA connector docs as of 2026-11 (e.g. /sycm/goods_effect?msfrom=mms_sidenav,
 * /pg/violation_list/mall_manage, /act/register_record, /goods/evaluation/index, /orders/list);
 * the item edit URL (/goods/goods_add/index?id=…&type=edit) is the shape helper C's title guard
 * is built on.
 */
export const matches = ['https://mms.pinduoduo.com/*', 'https://yingxiao.pinduoduo.com/*'] as const;

const MMS = 'mms.pinduoduo.com';
/** On mms, the path is one of these or below one of them. */
const mms = (url: URL, ...prefixes: string[]) => hostPath(url, MMS, prefixes);

/** Each detector's URLs are real (or same-shape) console URLs; sources in the header comment. */
const pages = pageKinds();

/** 首页 (工作台: 今日数据) and 数据中心 经营总览. */
export const isDashboard = pages.add('dashboard', (url: URL) =>
  (host(url, MMS) && ['', '/home', '/home/index'].includes(path(url))) || mms(url, '/sycm/stores_data/operation'), [
  'https://mms.pinduoduo.com/home/',
  'https://mms.pinduoduo.com/',
  'https://mms.pinduoduo.com/sycm/stores_data/operation?dateFlag=5&day=2026-11-21',
]);

/** 商品列表 (goods_list) and 数据中心 商品数据 商品明细 (goods_effect). */
export const isItemList = pages.add('itemList', (url: URL) => mms(url, '/goods/goods_list', '/sycm/goods_effect'), [
  'https://mms.pinduoduo.com/goods/goods_list',
  'https://mms.pinduoduo.com/goods/goods_list?msfrom=mms_sidenav',
  'https://mms.pinduoduo.com/sycm/goods_effect?msfrom=mms_sidenav',
]);

/** 发布/编辑商品: /goods/goods_add/index?id=<goodsId>&type=edit (no id = a new listing). */
export const isItemEdit = pages.add('itemEdit', (url: URL) => mms(url, '/goods/goods_add'), [
  'https://mms.pinduoduo.com/goods/goods_add/index?id=612345678901&type=edit',
  'https://mms.pinduoduo.com/goods/goods_add/index?type=add',
]);

/** 数据中心 商品概况 (the category-level goods overview). */
export const isItemAnalysis = pages.add('itemAnalysis', (url: URL) => mms(url, '/sycm/goods_data'), ['https://mms.pinduoduo.com/sycm/goods_data/overview']);

/** 数据中心 流量数据 (流量看板, 搜索). */
export const isTraffic = pages.add('traffic', (url: URL) => mms(url, '/sycm/search_data', '/sycm/flow_data'), [
  'https://mms.pinduoduo.com/sycm/search_data/plate?dateFlag=5&day=2026-11-21',
  'https://mms.pinduoduo.com/sycm/search_data/plate?dateFlag=2',
]);

/** 数据中心 交易数据. */
export const isTrade = pages.add('trade', (url: URL) => mms(url, '/sycm/stores_data/trade', '/sycm/trade_data'), ['https://mms.pinduoduo.com/sycm/stores_data/trade']);

/** 违规 (店铺违规, 商品违规, 违规详情). */
export const isComplaints = pages.add('complaints', (url: URL) => mms(url, '/pg/violation_list', '/pg/violation_info'), [
  'https://mms.pinduoduo.com/pg/violation_list/mall_manage?msfrom=mms_sidenav',
  'https://mms.pinduoduo.com/pg/violation_info?violation_type=1',
]);

/** 营销活动: 活动报名, 报名记录, 活动价确认 (/act/…). */
export const isCampaigns = pages.add('campaigns', (url: URL) => mms(url, '/act'), [
  'https://mms.pinduoduo.com/act/register_record?tab=0',
  'https://mms.pinduoduo.com/act/enroll/promotionEnroll?theme_activity_id=10128&SourceType=PROMO-Theme&SceneType=Theme',
  'https://mms.pinduoduo.com/act/goods_price/confirm',
]);

/** 评价管理. */
export const isReviews = pages.add('reviews', (url: URL) => mms(url, '/goods/evaluation'), ['https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav']);

/** 多多推广 (多多搜索, 多多场景, 全站推广): the whole ads console. */
export const isAds = pages.add('ads', (url: URL) => host(url, 'yingxiao.pinduoduo.com') && !path(url).startsWith('/login'), ['https://yingxiao.pinduoduo.com/goods/promotion/list', 'https://yingxiao.pinduoduo.com/']);

/** 规则中心 and 站内信 (platform notices arrive there). */
export const isRules = pages.add('rules', (url: URL) => mms(url, '/other/rule', '/other/mail'), ['https://mms.pinduoduo.com/other/rule?listId=3&id=75', 'https://mms.pinduoduo.com/other/mail/mailList?type=-1']);

/** 店铺装修 (装修 home page and decoration editor). Reconstruction: path seen only in seller guides. */
export const isDecoration = pages.add('decoration', (url: URL) => mms(url, '/mall/decoration', '/mall/decorate'), ['https://mms.pinduoduo.com/mall/decoration/home']);

/** 订单查询, 售后 and 申诉 (customer-service follow-ups). */
export const isOrders = pages.add('orders', (url: URL) => mms(url, '/orders', '/aftersales'), [
  'https://mms.pinduoduo.com/orders/list?tab=0',
  'https://mms.pinduoduo.com/orders/appeals?msfrom=mms_sidenav',
  'https://mms.pinduoduo.com/aftersales/aftersale_list',
]);

/** 多多客服 workbench and 服务数据 (综合体验星级). */
export const isService = pages.add('service', (url: URL) => mms(url, '/chat-merchant', '/mms-chat', '/sycm/goods_quality'), [
  'https://mms.pinduoduo.com/chat-merchant/index.html',
  'https://mms.pinduoduo.com/sycm/goods_quality/pilot_mall',
]);

export const PAGE_DETECTORS = pages.detectors;
export const detectPage = pages.detect;
export const PAGE_EXAMPLES = pages.examples;


/** Console URLs ShopMate must leave alone (matched host, page of no interest). */
export const IGNORED_EXAMPLES: string[] = [
  'https://mms.pinduoduo.com/invoice/center?msfrom=mms_sidenav',
  'https://mms.pinduoduo.com/other/download_app',
  'https://mms.pinduoduo.com/login/',
  'https://yingxiao.pinduoduo.com/login',
];

/** Not Pinduoduo seller pages at all (shoppers' hosts, look-alikes, plain http). */
export const FOREIGN_EXAMPLES: string[] = [
  'https://mobile.yangkeduo.com/goods.html?goods_id=612345678901',
  'https://www.pinduoduo.com/',
  'http://mms.pinduoduo.com/home/',
  'https://mms.pinduoduo.com.evil.example/home/',
  'https://evil.example/mms.pinduoduo.com/home/',
];
