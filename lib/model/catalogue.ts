/**
 * The metric catalogue: every metric ShopMate knows, once — what it is, how it prints, how a
 * period combines it, how it is derived, and every word and code the consoles use for it. Every
 * list of metric keys, kind map, derivation and synonym table in the code is generated from this
 * file (lib/model/metrics.ts, lib/extract/synonyms.ts, the platforms' label tables and API field
 * maps, lib/import/formats.ts). Adding a metric is one entry here (tests/unit/model/catalogue.test.ts
 * checks each entry is complete).
 *
 * Where the words come from (docs/console-words.md has the table, source by source):
 * - Chinese console labels: the demo console's pages are modelled on the consoles' own screens;
 *   生意参谋 field codes and export columns from the public sycm field dictionary and report
 *   exports described in docs/console-words.md.
 * - Amazon: the English column names of the "Detail Page Sales and Traffic" reports (SP-API
 *   GET_SALES_AND_TRAFFIC_REPORT model, docs/console-words.md) and the same columns as Seller
 *   Central prints them in its 中文 and 日本語 interfaces.
 *
 * Units: money in the currency's major unit; ratios as fractions (0.0322 = 3.22 %); counts plain.
 */

/** How a metric's value prints and parses. */
export type MetricKind = 'money' | 'count' | 'ratio' | 'score' | 'duration';

/** How the values of several days make a period's value. */
export type Combine =
  /** Add the days up (visitors, sales). */
  | 'sum'
  /** Recompute from the period's sums of the derivation's parts (conversion = Σbuyers / Σvisitors). */
  | 'ratioOfSums'
  /** A standing score: the period's latest value (DSR). */
  | 'latest'
  /** A share of visitors: weighted by each day's visitors (bounce = Σ(bounce × UV) / ΣUV). */
  | 'uvWeighted';

/** value = numerator / denominator (for ratios of counts) — a ratio is never averaged over days. */
export interface Derivation {
  numerator: string;
  denominator: string;
}

/** The consoles, by the words they print: one entry per platform, and Amazon per language. */
export interface MetricWords {
  /** Words every Chinese console prints (生意参谋, 千牛, 拼多多, 京东商智, 抖店罗盘), most specific first. */
  cn?: readonly string[];
  /** Column headers of Chinese item tables (商品排行, 商品列表), most specific first. */
  cnItem?: readonly string[];
  /** A console's own words, tried before the shared ones (shop scope, then item scope). */
  taobao?: readonly string[];
  pinduoduo?: readonly string[];
  jd?: readonly string[];
  douyin?: readonly string[];
  pinduoduoItem?: readonly string[];
  jdItem?: readonly string[];
  douyinItem?: readonly string[];
  /** Seller Central (pages and Business Reports), per interface language. */
  amazonEn?: readonly string[];
  amazonZh?: readonly string[];
  amazonJa?: readonly string[];
}

export interface MetricDef {
  /** Which tables it is stored in. */
  scopes: readonly ('shop' | 'item')[];
  kind: MetricKind;
  combine: Combine;
  derive?: Derivation;
  /** Is a rise good news (for arrows and tips)? */
  upIsGood: boolean;
  /**
   * Column of the item rollup packs (lib/db/rollups.ts) it is kept in; null = not rolled up
   * (shop metrics are read from the day rows directly). Declared on every entry (tested).
   */
  rollup: string | null;
  words: MetricWords;
  /** Field codes of each console's own JSON responses (lib/platforms/<id>/readers.ts). */
  fields?: Partial<Record<'taobao' | 'pinduoduo' | 'jd' | 'douyin' | 'amazon', readonly string[]>>;
  /**
   * Column headers of each importable export (lib/import/formats.ts, by report id); `{}` with
   * `noExport` saying why where no export ShopMate imports carries the metric. Declared on every
   * entry (tested), so a new metric cannot silently miss its import words.
   */
  exports: Readonly<Record<string, readonly string[]>>;
  noExport?: string;
}

/**
 * The catalogue. Order is the order reports and lists show the metrics in. i18n labels are
 * `metric.<key>` in lib/i18n/catalog/common.ts (both languages; a test checks each exists).
 */
export const CATALOGUE = {
  pv: {
    scopes: ['shop', 'item'],
    kind: 'count',
    combine: 'sum',
    upIsGood: true,
    rollup: 'pv',
    words: {
      cn: ['浏览量', 'PV', '页面浏览量'],
      cnItem: ['商品浏览量', '浏览量'],
      pinduoduo: ['店铺浏览量'],
      jd: ['进店浏览量'],
      amazonEn: ['Page Views'],
      amazonZh: ['页面浏览量', '页面浏览次数'],
      amazonJa: ['ページビュー'],
    },
    fields: { taobao: ['pv'], pinduoduo: ['pv', 'goodsPv'], jd: ['jdr_sch_traffic_enter_shop__browse_page_qtty_shop_last_src'], amazon: ['pageViews'] },
    exports: {
      'taobao.sycm-shop-daily': ['浏览量', '商品浏览量'],
      'taobao.sycm-item-daily': ['商品浏览量', '浏览量'],
      'taobao.sycm-item-range': ['商品浏览量', '浏览量'],
      'jd.sku-daily': ['商品浏览量', '浏览量'],
      'jd.shop-daily': ['浏览量'],
      'pinduoduo.shop-daily': ['店铺浏览量', '浏览量'],
      'pinduoduo.goods-daily': ['商品浏览量'],
    },
  },
  uv: {
    scopes: ['shop', 'item'],
    kind: 'count',
    combine: 'sum',
    upIsGood: true,
    rollup: 'uv',
    words: {
      cn: ['访客数', 'UV'],
      cnItem: ['商品访客数', '访客数'],
      pinduoduo: ['店铺访客数'],
      jd: ['进店访客数'],
      douyin: ['店铺访客数'],
      // Sessions (visits within 24 h) are Amazon's nearest figure to 访客数.
      amazonEn: ['Sessions'],
      amazonZh: ['会话次数', '会话数', '买家访问次数'],
      amazonJa: ['セッション数', 'セッション'],
    },
    fields: {
      taobao: ['uv'],
      pinduoduo: ['uv', 'goodsUv'],
      jd: ['jdr_sch_traffic_enter_shop__browse_page_cnt_shop_last_src'],
      douyin: ['product_click_ucnt'],
      amazon: ['sessions'],
    },
    exports: {
      // 宏观监控 counts visitors of item pages (商品访客数): the nearest to the shop's UV it has.
      'taobao.sycm-shop-daily': ['访客数', '商品访客数'],
      'taobao.sycm-item-daily': ['商品访客数', '访客数'],
      'taobao.sycm-item-range': ['商品访客数', '访客数'],
      'jd.sku-daily': ['商品访客数', '访客数'],
      'jd.shop-daily': ['访客数'],
      'pinduoduo.shop-daily': ['店铺访客数', '访客数'],
      'pinduoduo.goods-daily': ['商品访客数'],
      'douyin.product-daily': ['商品点击人数', '商品访客数'],
    },
  },
  salesAmount: {
    scopes: ['shop', 'item'],
    kind: 'money',
    combine: 'sum',
    upIsGood: true,
    rollup: 'salesAmount',
    words: {
      cn: ['支付金额', '销售额', '成交金额', '成交额', 'GMV'],
      cnItem: ['支付金额', '成交金额', '销售额'],
      pinduoduo: ['成交金额'],
      jd: ['成交金额', '今日成交金额累计'],
      douyin: ['成交金额', '用户支付金额'],
      pinduoduoItem: ['成交金额'],
      jdItem: ['成交金额'],
      douyinItem: ['成交金额', '用户支付金额'],
      amazonEn: ['Ordered Product Sales'],
      amazonZh: ['已订购商品销售额'],
      amazonJa: ['注文商品の売上額', '注文商品売上'],
    },
    fields: {
      taobao: ['payAmt'],
      pinduoduo: ['payOrdrAmt'],
      jd: ['jdr_sch_trade_deal_ord_ord_amt_sz_trade_deal_snapshot'],
      douyin: ['pay_amt'],
      amazon: ['orderedProductSales'],
    },
    exports: {
      'taobao.sycm-shop-daily': ['支付金额'],
      'taobao.sycm-item-daily': ['支付金额'],
      'taobao.sycm-item-range': ['支付金额'],
      'jd.sku-daily': ['成交金额'],
      'jd.shop-daily': ['成交金额'],
      'pinduoduo.shop-daily': ['成交金额'],
      'pinduoduo.goods-daily': ['成交金额'],
      'douyin.shop-daily': ['成交金额', '用户支付金额'],
      'douyin.product-daily': ['成交金额', '用户支付金额'],
    },
  },
  unitsSold: {
    scopes: ['shop', 'item'],
    kind: 'count',
    combine: 'sum',
    upIsGood: true,
    rollup: 'units',
    words: {
      cn: ['支付件数', '成交件数', '成交商品件数', '销量'],
      cnItem: ['支付件数', '成交件数', '销量'],
      jd: ['成交商品件数', '成交件数'],
      pinduoduoItem: ['成交件数', '支付件数'],
      jdItem: ['成交商品件数', '成交件数'],
      douyinItem: ['成交件数'],
      amazonEn: ['Units Ordered'],
      amazonZh: ['已订购商品数量'],
      amazonJa: ['注文された商品点数'],
    },
    fields: {
      taobao: ['payItmCnt'],
      pinduoduo: ['payOrdrGoodsQty'],
      jd: ['jdr_sch_trade_deal_ord_sku_qtty_sz_trade_deal_snapshot'],
      amazon: ['unitsOrdered'],
    },
    exports: {
      'taobao.sycm-shop-daily': ['支付件数'],
      'taobao.sycm-item-daily': ['支付件数'],
      'taobao.sycm-item-range': ['支付件数'],
      'jd.sku-daily': ['成交商品件数', '成交件数'],
      'jd.shop-daily': ['成交商品件数', '成交件数'],
      'pinduoduo.goods-daily': ['成交件数'],
      'douyin.shop-daily': ['成交件数'],
      'douyin.product-daily': ['成交件数'],
    },
  },
  paidBuyers: {
    scopes: ['shop', 'item'],
    kind: 'count',
    combine: 'sum',
    upIsGood: true,
    rollup: 'buyers',
    words: {
      cn: ['支付买家数', '成交买家数', '成交客户数', '成交人数', '支付人数'],
      cnItem: ['支付买家数', '成交买家数'],
      pinduoduo: ['成交买家数'],
      jd: ['成交客户数'],
      douyin: ['成交人数', '支付人数'],
      pinduoduoItem: ['成交买家数'],
      jdItem: ['成交客户数'],
      douyinItem: ['成交人数', '支付人数'],
    },
    fields: {
      taobao: ['payByrCnt'],
      pinduoduo: ['payOrdrUsrCnt'],
      jd: ['jdr_sch_user_deal_ord_user_cnt_sz_user_deal_snapshot'],
      douyin: ['pay_ucnt'],
    },
    exports: {
      'taobao.sycm-shop-daily': ['支付买家数'],
      'taobao.sycm-item-daily': ['支付买家数'],
      'taobao.sycm-item-range': ['支付买家数'],
      'jd.sku-daily': ['成交客户数'],
      'jd.shop-daily': ['成交客户数'],
      'pinduoduo.shop-daily': ['成交买家数'],
      'pinduoduo.goods-daily': ['成交买家数'],
      'douyin.shop-daily': ['成交人数'],
      'douyin.product-daily': ['成交人数'],
    },
  },
  orders: {
    scopes: ['shop'],
    kind: 'count',
    combine: 'sum',
    upIsGood: true,
    rollup: null,
    words: {
      cn: ['支付订单数', '支付子订单数', '成交订单数', '成交单量', '订单数'],
      pinduoduo: ['成交订单数'],
      jd: ['成交单量'],
      douyin: ['成交订单数'],
      amazonEn: ['Total Order Items'],
      amazonZh: ['订单商品总数', '订单商品种类数'],
      amazonJa: ['注文品目総数'],
    },
    fields: {
      taobao: ['payOrdCnt'],
      pinduoduo: ['payOrdrCnt'],
      jd: ['jdr_sch_trade_deal_ord_ord_qtty_sz_trade_deal_snapshot'],
      douyin: ['pay_cnt'],
      amazon: ['totalOrderItems'],
    },
    exports: {
      'taobao.sycm-shop-daily': ['支付子订单数', '支付订单数'],
      'jd.shop-daily': ['成交单量'],
      'pinduoduo.shop-daily': ['成交订单数'],
      'douyin.shop-daily': ['成交订单数'],
    },
  },
  conversionRate: {
    scopes: ['shop', 'item'],
    kind: 'ratio',
    combine: 'ratioOfSums',
    derive: { numerator: 'paidBuyers', denominator: 'uv' },
    upIsGood: true,
    rollup: null,
    words: {
      cn: ['支付转化率', '成交转化率', '转化率'],
      cnItem: ['支付转化率', '商品支付转化率', '成交转化率', '转化率'],
      pinduoduo: ['成交转化率'],
      jd: ['成交转化率'],
      douyin: ['成交转化率'],
      pinduoduoItem: ['成交转化率'],
      jdItem: ['成交转化率'],
      douyinItem: ['成交转化率', '点击成交转化率'],
      // Not "Unit Session Percentage" (商品会话百分比, ユニットセッション率): units per session
      // (300 % happens), and not the newest Chinese "转化率 - 总计", which is Session Percentage
      // (a share of all sessions). The Chinese and Japanese names of this column are not
      // confirmed by any public source (docs/console-words.md): none is guessed.
      amazonEn: ['Order Item Session Percentage'],
    },
    fields: { taobao: ['payRate'], pinduoduo: ['payUvRto', 'goodsVcr'], jd: ['fo_jdr_sch_shop_deal_rate'], amazon: ['orderItemSessionPercentage'] },
    exports: {
      'taobao.sycm-shop-daily': ['支付转化率'],
      'taobao.sycm-item-daily': ['商品支付转化率', '支付转化率'],
      'taobao.sycm-item-range': ['商品支付转化率', '支付转化率'],
      'jd.sku-daily': ['成交转化率'],
      'jd.shop-daily': ['成交转化率'],
      'pinduoduo.shop-daily': ['成交转化率'],
      'pinduoduo.goods-daily': ['成交转化率'],
      'douyin.shop-daily': ['成交转化率'],
    },
  },
  aov: {
    scopes: ['shop'],
    kind: 'money',
    combine: 'ratioOfSums',
    derive: { numerator: 'salesAmount', denominator: 'paidBuyers' },
    upIsGood: true,
    rollup: null,
    words: {
      cn: ['客单价'],
      pinduoduo: ['客单价', '成交客单价'],
    },
    fields: { taobao: ['payPct'], pinduoduo: ['payOrdrAup'], jd: ['fo_jdr_sch_trade_deal_ord_amt_user_sz_trade_deal_snapshot'] },
    exports: {
      'taobao.sycm-shop-daily': ['客单价'],
      'jd.shop-daily': ['客单价'],
      'pinduoduo.shop-daily': ['客单价'],
      'douyin.shop-daily': ['客单价'],
    },
  },
  dsr: {
    scopes: ['shop'],
    kind: 'score',
    combine: 'latest',
    upIsGood: true,
    rollup: null,
    // Read by lib/extract/rating.ts with its dimensions and scale, not by the number reader.
    words: { cn: ['DSR', '店铺评分', '店铺综合评分', '体验分'] },
    exports: {},
    noExport: 'a standing score shown on the console, not a column of the daily exports ShopMate imports',
  },
  visitDepth: {
    scopes: ['shop'],
    kind: 'score',
    combine: 'ratioOfSums',
    derive: { numerator: 'pv', denominator: 'uv' },
    upIsGood: true,
    rollup: null,
    words: { cn: ['人均浏览量', '访问深度'] },
    exports: { 'taobao.sycm-shop-daily': ['人均浏览量'] },
  },
  bounceRate: {
    scopes: ['shop', 'item'],
    kind: 'ratio',
    combine: 'uvWeighted',
    upIsGood: false,
    rollup: 'bounce',
    words: {
      cn: ['跳失率', '首页跳失率'],
      cnItem: ['商品详情页跳出率', '详情页跳出率', '跳失率'],
    },
    exports: {
      'taobao.sycm-shop-daily': ['跳失率', '商品详情页跳出率'],
      'taobao.sycm-item-daily': ['商品详情页跳出率', '跳失率'],
      'taobao.sycm-item-range': ['商品详情页跳出率', '跳失率'],
    },
  },
  refundAmount: {
    scopes: ['shop', 'item'],
    kind: 'money',
    combine: 'sum',
    upIsGood: false,
    rollup: null,
    words: {
      cn: ['退款金额', '成功退款金额'],
      cnItem: ['成功退款金额', '退款金额'],
      taobao: ['退款金额', '成功退款金额', '退款金额(完结时间)'],
    },
    fields: { taobao: ['rfdSucAmt'], pinduoduo: ['sucRfOrdrAmt1d'] },
    exports: {
      'taobao.sycm-shop-daily': ['成功退款金额', '退款金额'],
      'taobao.sycm-item-daily': ['成功退款金额', '退款金额'],
      'taobao.sycm-item-range': ['成功退款金额', '退款金额'],
      'pinduoduo.shop-daily': ['退款金额', '成功退款金额'],
      'douyin.shop-daily': ['退款金额'],
    },
  },
  refundRate: {
    scopes: ['shop'],
    kind: 'ratio',
    combine: 'ratioOfSums',
    derive: { numerator: 'refundAmount', denominator: 'salesAmount' },
    upIsGood: false,
    rollup: null,
    words: { cn: ['退款率', '金额退款率'] },
    fields: { taobao: ['payAmtRfdRate'] },
    exports: {},
    noExport: 'derived from 退款金额 / 支付金额, which the exports carry',
  },
  adSpend: {
    scopes: ['shop'],
    kind: 'money',
    combine: 'sum',
    upIsGood: false,
    rollup: null,
    words: { cn: ['推广花费', '推广费用'], taobao: ['推广花费', '推广费用', '全站推广花费'] },
    fields: { taobao: ['totalPromoSpend'] },
    exports: {},
    noExport: "the ad consoles' own reports (直通车/万相台) are not among the imported formats yet",
  },
  cartAdds: {
    scopes: ['item'],
    kind: 'count',
    combine: 'sum',
    upIsGood: true,
    rollup: null,
    words: { cnItem: ['加购件数', '加购人数'] },
    exports: {
      'taobao.sycm-item-daily': ['商品加购件数', '加购件数'],
      'taobao.sycm-item-range': ['商品加购件数', '加购件数'],
    },
  },
} as const satisfies Record<string, MetricDef>;

export type MetricKey = keyof typeof CATALOGUE;
type Entry<K extends MetricKey> = (typeof CATALOGUE)[K];
type WithScope<S extends 'shop' | 'item'> = {
  [K in MetricKey]: S extends Entry<K>['scopes'][number] ? K : never;
}[MetricKey];

export type ShopMetricKey = WithScope<'shop'>;
export type ItemMetricKey = WithScope<'item'>;

export const METRIC_KEYS = Object.keys(CATALOGUE) as MetricKey[];
export const metricDef = (key: MetricKey): MetricDef => CATALOGUE[key];

const withScope = <K extends MetricKey>(scope: 'shop' | 'item') =>
  METRIC_KEYS.filter((k) => (CATALOGUE[k].scopes as readonly string[]).includes(scope)) as unknown as readonly [K, ...K[]];

/** Shop metrics, in catalogue order (a non-empty tuple type, for z.enum). */
export const SHOP_METRIC_KEYS = withScope<ShopMetricKey>('shop');
export const ITEM_METRIC_KEYS = withScope<ItemMetricKey>('item');

export const isMetricKey = (key: string): key is MetricKey => Object.hasOwn(CATALOGUE, key);

/** The kind of a metric; a key the catalogue does not know prints as a count. */
export const kindOfMetric = (key: string): MetricKind => (isMetricKey(key) ? CATALOGUE[key].kind : 'count');

/**
 * How a metric prints — one of lib/format.ts's ValueKinds (this file imports nothing: the build
 * prepares it for the console scripts) — from its kind: the one map of it.
 */
const VALUE_KIND_OF = { money: 'money', count: 'integer', ratio: 'percent', score: 'score', duration: 'integer' } as const satisfies Record<MetricKind, string>;
export const valueKindOfMetric = (key: string): (typeof VALUE_KIND_OF)[MetricKind] => VALUE_KIND_OF[kindOfMetric(key)];

/**
 * A console's JSON field codes → ShopMate metrics, for one scope (the platforms' endpoint readers,
 * lib/platforms/<id>/readers.ts). From the catalogue's `fields`.
 */
export function apiFields(platform: keyof NonNullable<MetricDef['fields']>, scope: 'shop'): Readonly<Record<string, ShopMetricKey>>;
export function apiFields(platform: keyof NonNullable<MetricDef['fields']>, scope: 'item'): Readonly<Record<string, ItemMetricKey>>;
export function apiFields(platform: keyof NonNullable<MetricDef['fields']>, scope: 'shop' | 'item'): Readonly<Record<string, MetricKey>> {
  const out: Record<string, MetricKey> = {};
  for (const key of scope === 'shop' ? SHOP_METRIC_KEYS : ITEM_METRIC_KEYS) {
    for (const field of (CATALOGUE[key] as MetricDef).fields?.[platform] ?? []) out[field] ??= key;
  }
  return out;
}
