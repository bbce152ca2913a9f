import { CATALOGUE, ITEM_METRIC_KEYS, SHOP_METRIC_KEYS, type ItemMetricKey, type MetricKey, type MetricWords, type ShopMetricKey } from '@/lib/model/catalogue';
import { once } from '@/lib/once';
import type { LabelSynonyms } from './labels';

/**
 * Label tables for the readers, generated from the metric catalogue (lib/model/catalogue.ts):
 * the words live there, once; these only arrange them per console and scope.
 *
 * @example
 *   readMetricsByLabel(document, consoleLabels('pinduoduo', 'shop'));
 *
 * Most specific first: the reader prefers earlier synonyms when several are on the page.
 */

type ChineseConsole = 'taobao' | 'pinduoduo' | 'jd' | 'douyin';

const unique = (words: readonly string[]) => [...new Set(words)];

/** Every key gets its words (the catalogue test checks none is left without). */
function table<K extends MetricKey>(keys: readonly K[], pick: (w: MetricWords) => readonly string[]): Readonly<Record<K, readonly string[]>> {
  const out = {} as Record<K, readonly string[]>;
  for (const key of keys) {
    const words = unique(pick(CATALOGUE[key].words));
    if (words.length) out[key] = words;
  }
  return out;
}

const SHOP_NUMBER_KEYS = SHOP_METRIC_KEYS.filter((k) => k !== 'dsr') as Exclude<ShopMetricKey, 'dsr'>[];

/** Words every Chinese console prints for the shop's metrics (DSR included). */
export const cnShopLabels = once(() => table(SHOP_METRIC_KEYS, (w) => w.cn ?? []));

/** Column headers of Chinese item tables (商品排行, 商品列表) for item metrics. */
export const cnItemLabels = once(() => table(ITEM_METRIC_KEYS, (w) => w.cnItem ?? []));

const CONSOLE_LABELS = new Map<string, LabelSynonyms<string>>();

/** A Chinese console's words for its shop (no DSR) or item metrics: its own first, then the shared ones. */
export function consoleLabels(platform: ChineseConsole, scope: 'shop'): LabelSynonyms<Exclude<ShopMetricKey, 'dsr'>>;
export function consoleLabels(platform: ChineseConsole, scope: 'item'): LabelSynonyms<ItemMetricKey>;
export function consoleLabels(platform: ChineseConsole, scope: 'shop' | 'item'): LabelSynonyms<string> {
  const id = `${platform}:${scope}`;
  let labels = CONSOLE_LABELS.get(id);
  if (!labels) {
    // One object per console and scope: the label reader caches its lookups by table identity.
    labels =
      scope === 'shop'
        ? table(SHOP_NUMBER_KEYS, (w) => [...(w[platform] ?? []), ...(w.cn ?? [])])
        : table(ITEM_METRIC_KEYS, (w) => [...(w[`${platform}Item` as keyof MetricWords] ?? []), ...(w.cnItem ?? [])]);
    CONSOLE_LABELS.set(id, labels);
  }
  return labels;
}

/**
 * Seller Central's words for a metric in every interface language (English, 中文, 日本語), each
 * also with the report's "- Total" suffix as Business Reports print it (“Sessions – Total”,
 * “会话次数 – 总计”, “セッション – 合計”).
 */
export function amazonWords(key: MetricKey): string[] {
  const w = CATALOGUE[key].words as MetricWords;
  const base = [...(w.amazonEn ?? []), ...(w.amazonZh ?? []), ...(w.amazonJa ?? [])];
  return unique(base.flatMap((n) => [n, ...TOTAL_SUFFIXES.map((s) => `${n}${s}`)]));
}

/** "- Total" as each interface language prints it, with the dashes consoles use. */
const TOTAL_SUFFIXES = ['Total', '总计', '合計'].flatMap((t) => [' - ', ' – ', ' — '].map((d) => `${d}${t}`));

/** Amazon words for several metrics at once, as a label table. */
export function amazonLabels<K extends MetricKey>(keys: readonly K[]): Readonly<Record<K, readonly string[]>> {
  return Object.fromEntries(keys.map((k) => [k, amazonWords(k)])) as unknown as Record<K, readonly string[]>;
}

/**
 * The three DSR dimensions (店铺动态评分) as Taobao/Tmall and Pinduoduo print them, each out of 5.
 * For lib/extract/rating.ts: the shop's DSR is the lowest of them.
 */
export const CN_DSR_DIMENSIONS: readonly (readonly string[])[] = [
  ['描述相符', '宝贝与描述相符', '商品与描述相符', '商品描述相符'],
  ['服务态度', '卖家的服务态度', '卖家服务态度'],
  ['物流服务', '物流服务的质量', '卖家发货的速度', '发货速度'],
];
