import type { ItemMetricKey, ShopMetricKey } from '@/lib/model/metrics';
import type { LabelSynonyms } from './labels';

/**
 * Label texts Chinese seller consoles print for each shop metric (生意参谋, 千牛, 拼多多, 京东商智,
 * 抖店罗盘 share most of them). A platform spreads this and adds its own words:
 *
 * @example
 *   const LABELS = { ...CN_SHOP_LABELS, salesAmount: ['成交金额', ...CN_SHOP_LABELS.salesAmount] };
 *   readMetricsByLabel(document, LABELS);
 *
 * Most specific first: the reader prefers earlier synonyms when several are on the page.
 */
export const CN_SHOP_LABELS = {
  pv: ['浏览量', 'PV', '页面浏览量'],
  uv: ['访客数', 'UV'],
  salesAmount: ['支付金额', '销售额', '成交金额', '成交额', 'GMV'],
  unitsSold: ['支付件数', '成交件数', '成交商品件数', '销量'],
  paidBuyers: ['支付买家数', '成交买家数', '成交客户数', '成交人数', '支付人数'],
  orders: ['支付订单数', '支付子订单数', '成交订单数', '成交单量', '订单数'],
  conversionRate: ['支付转化率', '成交转化率', '转化率'],
  aov: ['客单价'],
  dsr: ['DSR', '店铺评分', '店铺综合评分', '体验分'],
  visitDepth: ['人均浏览量', '访问深度'],
  bounceRate: ['跳失率', '首页跳失率'],
  refundAmount: ['退款金额', '成功退款金额'],
  refundRate: ['退款率', '金额退款率'],
  adSpend: ['推广花费', '推广费用'],
} as const satisfies LabelSynonyms<ShopMetricKey>;

const { dsr: _rating, ...shopNumbers } = CN_SHOP_LABELS;
/**
 * CN_SHOP_LABELS without the rating: the platforms read DSR with lib/extract/rating.ts, which
 * knows its dimensions and scale (京东 scores out of 10, 抖店's 商家体验分 out of 100).
 */
export const CN_SHOP_NUMBER_LABELS: Omit<typeof CN_SHOP_LABELS, 'dsr'> = shopNumbers;

/** Column headers of item tables (商品排行, 商品列表) for item metrics. */
export const CN_ITEM_LABELS = {
  pv: ['商品浏览量', '浏览量'],
  uv: ['商品访客数', '访客数'],
  salesAmount: ['支付金额', '成交金额', '销售额'],
  unitsSold: ['支付件数', '成交件数', '销量'],
  paidBuyers: ['支付买家数', '成交买家数'],
  conversionRate: ['支付转化率', '商品支付转化率', '成交转化率', '转化率'],
  bounceRate: ['商品详情页跳出率', '详情页跳出率', '跳失率'],
  cartAdds: ['加购件数', '加购人数'],
  refundAmount: ['成功退款金额', '退款金额'],
} as const satisfies LabelSynonyms<ItemMetricKey>;

/**
 * The three DSR dimensions (店铺动态评分) as Taobao/Tmall and Pinduoduo print them, each out of 5.
 * For lib/extract/rating.ts: the shop's DSR is the lowest of them.
 */
export const CN_DSR_DIMENSIONS: readonly (readonly string[])[] = [
  ['描述相符', '宝贝与描述相符', '商品与描述相符', '商品描述相符'],
  ['服务态度', '卖家的服务态度', '卖家服务态度'],
  ['物流服务', '物流服务的质量', '卖家发货的速度', '发货速度'],
];
