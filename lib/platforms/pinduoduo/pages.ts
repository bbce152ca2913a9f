import type { PageKind } from '@/lib/model/pages';
import { detectWith, type PageDetectors } from '../page-detection';

/**
 * Pinduoduo 拼多多商家后台 (mms.pinduoduo.com: 首页, 数据中心 /sycm, 商品, 订单, 营销活动, 评价,
 * 违规, 规则, 客服) and 多多推广 (yingxiao.pinduoduo.com, the sellers' ads console). Buyer hosts
 * (mobile.yangkeduo.com, www.pinduoduo.com) are never matched.
 *
 * Each detector is pure and takes the URL; PAGE_EXAMPLES beside them are the URLs the tests
 * check (each positive for its own kind, negative for every other). Paths were seen in public
 * seller tools and RPA connector docs as of 2026-11 (e.g. /sycm/goods_effect?msfrom=mms_sidenav,
 * /pg/violation_list/mall_manage, /act/register_record, /goods/evaluation/index, /orders/list);
 * the item edit URL (/goods/goods_add/index?id=…&type=edit) is the shape helper C's title guard
 * is built on.
 */
export const matches = ['https://mms.pinduoduo.com/*', 'https://yingxiao.pinduoduo.com/*'] as const;

const MMS = 'mms.pinduoduo.com';
const host = (url: URL, name: string) => url.protocol === 'https:' && url.hostname === name;
const path = (url: URL) => url.pathname.replace(/\/+$/, '').toLowerCase();
/** On mms, the path is one of these or below one of them. */
const mms = (url: URL, ...prefixes: string[]) =>
  host(url, MMS) && prefixes.some((p) => path(url) === p || path(url).startsWith(`${p}/`));

/** 首页 (工作台: 今日数据) and 数据中心 经营总览. */
export const isDashboard = (url: URL) =>
  (host(url, MMS) && ['', '/home', '/home/index'].includes(path(url))) || mms(url, '/sycm/stores_data/operation');

/** 商品列表 (goods_list) and 数据中心 商品数据 商品明细 (goods_effect). */
export const isItemList = (url: URL) => mms(url, '/goods/goods_list', '/sycm/goods_effect');

/** 发布/编辑商品: /goods/goods_add/index?id=<goodsId>&type=edit (no id = a new listing). */
export const isItemEdit = (url: URL) => mms(url, '/goods/goods_add');

/** 数据中心 商品概况 (the category-level goods overview). */
export const isItemAnalysis = (url: URL) => mms(url, '/sycm/goods_data');

/** 数据中心 流量数据 (流量看板, 搜索). */
export const isTraffic = (url: URL) => mms(url, '/sycm/search_data', '/sycm/flow_data');

/** 数据中心 交易数据. */
export const isTrade = (url: URL) => mms(url, '/sycm/stores_data/trade', '/sycm/trade_data');

/** 违规 (店铺违规, 商品违规, 违规详情). */
export const isComplaints = (url: URL) => mms(url, '/pg/violation_list', '/pg/violation_info');

/** 营销活动: 活动报名, 报名记录, 活动价确认 (/act/…). */
export const isCampaigns = (url: URL) => mms(url, '/act');

/** 评价管理. */
export const isReviews = (url: URL) => mms(url, '/goods/evaluation');

/** 多多推广 (多多搜索, 多多场景, 全站推广): the whole ads console. */
export const isAds = (url: URL) => host(url, 'yingxiao.pinduoduo.com') && !path(url).startsWith('/login');

/** 规则中心 and 站内信 (platform notices arrive there). */
export const isRules = (url: URL) => mms(url, '/other/rule', '/other/mail');

/** 店铺装修 (装修 home page and decoration editor). Reconstruction: path seen only in seller guides. */
export const isDecoration = (url: URL) => mms(url, '/mall/decoration', '/mall/decorate');

/** 订单查询, 售后 and 申诉 (customer-service follow-ups). */
export const isOrders = (url: URL) => mms(url, '/orders', '/aftersales');

/** 多多客服 workbench and 服务数据 (综合体验星级). */
export const isService = (url: URL) => mms(url, '/chat-merchant', '/mms-chat', '/sycm/goods_quality');

export const PAGE_DETECTORS: PageDetectors = {
  dashboard: isDashboard,
  itemList: isItemList,
  itemEdit: isItemEdit,
  itemAnalysis: isItemAnalysis,
  traffic: isTraffic,
  trade: isTrade,
  complaints: isComplaints,
  campaigns: isCampaigns,
  reviews: isReviews,
  ads: isAds,
  rules: isRules,
  decoration: isDecoration,
  orders: isOrders,
  service: isService,
};

export const detectPage = detectWith(PAGE_DETECTORS);

/** Real (or same-shape) console URLs per page kind; sources in the header comment. */
export const PAGE_EXAMPLES: Partial<Record<PageKind, string[]>> = {
  dashboard: [
    'https://mms.pinduoduo.com/home/',
    'https://mms.pinduoduo.com/',
    'https://mms.pinduoduo.com/sycm/stores_data/operation?dateFlag=5&day=2026-11-21',
  ],
  itemList: [
    'https://mms.pinduoduo.com/goods/goods_list',
    'https://mms.pinduoduo.com/goods/goods_list?msfrom=mms_sidenav',
    'https://mms.pinduoduo.com/sycm/goods_effect?msfrom=mms_sidenav',
  ],
  itemEdit: [
    'https://mms.pinduoduo.com/goods/goods_add/index?id=612345678901&type=edit',
    'https://mms.pinduoduo.com/goods/goods_add/index?type=add',
  ],
  itemAnalysis: ['https://mms.pinduoduo.com/sycm/goods_data/overview'],
  traffic: [
    'https://mms.pinduoduo.com/sycm/search_data/plate?dateFlag=5&day=2026-11-21',
    'https://mms.pinduoduo.com/sycm/search_data/plate?dateFlag=2',
  ],
  trade: ['https://mms.pinduoduo.com/sycm/stores_data/trade'],
  complaints: [
    'https://mms.pinduoduo.com/pg/violation_list/mall_manage?msfrom=mms_sidenav',
    'https://mms.pinduoduo.com/pg/violation_info?violation_type=1',
  ],
  campaigns: [
    'https://mms.pinduoduo.com/act/register_record?tab=0',
    'https://mms.pinduoduo.com/act/enroll/promotionEnroll?theme_activity_id=10128&SourceType=PROMO-Theme&SceneType=Theme',
    'https://mms.pinduoduo.com/act/goods_price/confirm',
  ],
  reviews: ['https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav'],
  ads: ['https://yingxiao.pinduoduo.com/goods/promotion/list', 'https://yingxiao.pinduoduo.com/'],
  rules: ['https://mms.pinduoduo.com/other/rule?listId=3&id=75', 'https://mms.pinduoduo.com/other/mail/mailList?type=-1'],
  decoration: ['https://mms.pinduoduo.com/mall/decoration/home'],
  orders: [
    'https://mms.pinduoduo.com/orders/list?tab=0',
    'https://mms.pinduoduo.com/orders/appeals?msfrom=mms_sidenav',
    'https://mms.pinduoduo.com/aftersales/aftersale_list',
  ],
  service: [
    'https://mms.pinduoduo.com/chat-merchant/index.html',
    'https://mms.pinduoduo.com/sycm/goods_quality/pilot_mall',
  ],
};

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
