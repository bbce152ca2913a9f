import { addDays } from '@/lib/dates';
import { readDayTables } from '@/lib/extract/day-tables';
import { BOUNDARY_LABELS, findLabelElements, normalizeLabel, readMetricsByLabel, readTableByHeaders, type LabelRead, type LabelReadOptions, type LabelSynonyms } from '@/lib/extract/labels';
import { kindOf } from '@/lib/extract/kinds';
import { parseConsoleNumber } from '@/lib/extract/number';
import { findDateMarkers } from '@/lib/extract/page-date';
import { textNodesOf } from '@/lib/extract/text-nodes';
import { parseRating, readShopRating, type RatingLabels } from '@/lib/extract/rating';
import type { ItemMetricKey, ItemMetrics, ShopMetricKey, ShopMetrics } from '@/lib/model/metrics';
import type { ExtractedItem, Extraction, ReadContext } from './types';

/**
 * DOM reading shared by the Pinduoduo, JD, Douyin and Amazon adapters, on top of the generic
 * label reader (lib/extract/labels.ts): shop numbers per dated section, item tables by their
 * headers, and the one thing those consoles add — digits drawn with an obfuscating font
 * (拼多多 renders numbers as private-use characters mapped by a per-load web font): a metric
 * whose card holds such characters is unreadable, hence missing, never a neighbour's number.
 * Runs in the content script: no zod here.
 *
 * @example
 *   readShopDays(document, ctx, { ...cnShopLabels(), uv: ['店铺访客数'] }, { itemColumns: { itemId: ['商品ID'] } });
 *   readItemTable(document, ctx, { itemId: ['商品ID'], title: ['商品名称'], uv: ['商品访客数'] }, { idPattern: /^\d{5,20}$/ });
 */

/** Private-use code points: what an obfuscating web font draws digits with. */
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/u;
const SHOW_TEXT = 4;

export const hasPrivateUse = (text: string | null | undefined) => !!text && PRIVATE_USE.test(text);

/**
 * Metrics whose label shares a card with private-use text: the value is drawn in a font we
 * cannot read. The card is the nearest ancestor of the garbled text holding a label text (a
 * text node that is exactly one of the synonyms, or a common console metric word): when that
 * one label is a metric we read, the metric is unreadable; a panel holding several labels
 * concludes nothing.
 */
export function unreadableMetrics<K extends string>(root: ParentNode, labels: LabelSynonyms<K>): Set<K> {
  const out = new Set<K>();
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const wordKey = new Map<string, K | null>();
  for (const word of BOUNDARY_LABELS) wordKey.set(normalizeLabel(word), null);
  for (const [key, synonyms] of Object.entries(labels) as [K, readonly string[] | undefined][]) {
    for (const s of synonyms ?? []) wordKey.set(normalizeLabel(s), key);
  }
  const cache = new Map<Element, (K | null)[]>();
  const labelsIn = (el: Element): (K | null)[] => {
    const cached = cache.get(el);
    if (cached) return cached;
    const found = new Set<K | null>();
    const walker = doc.createTreeWalker(el, SHOW_TEXT);
    for (let node = walker.nextNode(); node && found.size < 2; node = walker.nextNode()) {
      const text = (node as Text).data;
      if (text.length > 40) continue;
      const hit = wordKey.get(normalizeLabel(text));
      if (hit !== undefined) found.add(hit);
    }
    const list = [...found];
    cache.set(el, list);
    return list;
  };
  for (const node of textNodesOf(root)) {
    if (!PRIVATE_USE.test(node.data)) continue;
    let el = node.parentElement;
    for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
      const named = labelsIn(el);
      if (named.length === 1) {
        if (named[0] !== null) out.add(named[0]!);
        break;
      }
      if (named.length > 1 || (el as Node) === root) break;
    }
  }
  return out;
}

/** Label reading that treats obfuscated (private-use) values as unreadable. */
export function readLabels<K extends string>(
  root: ParentNode,
  labels: LabelSynonyms<K>,
  options: LabelReadOptions<K> = {},
): Pick<LabelRead<K>, 'values' | 'previousDay'> {
  const { values, previousDay } = readMetricsByLabel(root, labels, options);
  for (const key of unreadableMetrics(root, labels)) {
    delete values[key];
    delete previousDay[key];
  }
  return { values, previousDay };
}

export interface ShopDayOptions {
  /** Columns that make a table an item table: its numbers are items', never the shop's. */
  itemColumns: LabelSynonyms<string>;
  /** The day a section without a date marker shows (default: today). undefined = do not read it. */
  undatedDay?: (ctx: ReadContext) => string | undefined;
}

/**
 * Shop numbers per day, wherever the page says which day they are for:
 * - tables of days (a date column, or a column per day): each day its own numbers;
 * - a section dated by "更新时间/统计时间/统计日期/数据更新至 …" holds that day's numbers; a page
 *   with no marker shows `undatedDay` (default today). Sections with a date range (weeks,
 *   months) are not a day and are skipped, and so are item tables;
 * - "昨日全天 X" printed under a card: X for the day before the card's day.
 * Day figures win over previous-day figures printed elsewhere (they are the day's own page).
 */
export function readShopDays(
  root: ParentNode,
  ctx: ReadContext,
  labels: LabelSynonyms<ShopMetricKey>,
  options: ShopDayOptions,
): Extraction | undefined {
  const markers = findDateMarkers(root, ctx.today);
  const days = new Map<string, ShopMetrics>();
  const previous = new Map<string, ShopMetrics>();
  const add = (date: string | undefined, read: Pick<LabelRead<ShopMetricKey>, 'values' | 'previousDay'>) => {
    if (!date) return;
    if (Object.keys(read.values).length) days.set(date, { ...read.values, ...days.get(date) });
    if (Object.keys(read.previousDay).length) {
      const before = addDays(date, -1);
      previous.set(before, { ...read.previousDay, ...previous.get(before) });
    }
  };
  const isItemTable = (scope: ParentNode) => !!readTableByHeaders(scope, options.itemColumns, { minColumns: 1, maxRows: 1 });
  const tables = readDayTables(root, labels, { today: ctx.today });
  for (const [date, values] of tables.days) days.set(date, { ...days.get(date), ...values });
  const skip = tables.tables;
  if (markers.length === 0) {
    if (!isItemTable(root)) add((options.undatedDay ?? ((c) => c.today))(ctx), readLabels(root, labels, { skip }));
  } else {
    const seen = new Set<Element>();
    const labelled = findLabelElements(root, labels);
    for (const marker of markers) {
      const section = sectionOf(marker.element, root, labelled);
      if (!section || seen.has(section)) continue;
      seen.add(section);
      if (isItemTable(section)) continue;
      if (marker.date) add(marker.date, readLabels(section, labels, { skip }));
    }
  }
  for (const [date, values] of previous) days.set(date, { ...values, ...days.get(date) });
  return days.size ? { shopDays: [...days].map(([date, metrics]) => ({ date, metrics })), items: [] } : undefined;
}

/** The nearest ancestor of a date marker that holds metric labels: the card it dates. */
function sectionOf(element: Element, root: ParentNode, labelled: readonly Element[]): Element | undefined {
  // Against the label elements found once for the page: reading every ancestor's labels again
  // walked the same subtrees up to eight times per marker.
  let el: Element | null = element;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    const scope = el;
    if (labelled.some((label) => scope.contains(label))) return el;
    if ((el as Node) === root) break;
  }
  return undefined;
}

/**
 * Adds the shop's rating (DSR, lib/extract/rating.ts) to today's numbers: a rating is a standing
 * score (over the last months' reviews), shown as it is now, whatever day the page's other cards show.
 */
export function withShopRating(
  extraction: Extraction | undefined,
  root: ParentNode,
  ctx: ReadContext,
  labels: RatingLabels,
): Extraction | undefined {
  const dsr = readShopRating(root, labels, { unreadable: unreadableMetrics });
  if (dsr === undefined) return extraction;
  const out = extraction ?? { shopDays: [], items: [] };
  const known = out.shopDays.some((d) => d.date === ctx.today);
  const shopDays = known
    ? out.shopDays.map((d) => (d.date === ctx.today ? { ...d, metrics: { ...d.metrics, dsr } } : d))
    : [...out.shopDays, { date: ctx.today, metrics: { dsr } }];
  return { ...out, shopDays };
}

export type ItemColumns = LabelSynonyms<ItemMetricKey | 'itemId' | 'title' | 'price' | 'stock' | 'status' | 'sku' | 'rating'>;

export interface ItemTableOptions {
  /** What an item id looks like on this console (digits, an ASIN …). */
  idPattern: RegExp;
  /** Query parameters of links in the title cell that carry the item id (goods_id, id, wareId …). */
  linkParams?: readonly string[];
  /** Links in the title cell whose href carries the id in a path (item.jd.com/<id>.html): group 1. */
  linkPattern?: RegExp;
  /** Texts before an id printed in the title cell ("ID:", "商品ID:", "ASIN"). */
  idPrefixes?: readonly string[];
  /** The single day the table's numbers are for; undefined = the items without per-day numbers. */
  date?: string;
  /** Status words: on sale / delisted. */
  statusWords?: { onSale: readonly string[]; delisted: readonly string[] };
  /** The status every row has when the table has no status column (the list's tab). */
  defaultStatus?: ExtractedItem['status'];
  /** Money column parsing: defaults to the console number parser's 'money'. */
  money?: (text: string | undefined) => number | undefined;
  /** What an item rating column's scores are out of (stored out of 5); default 5. */
  ratingScale?: 5 | 10;
}

const METRIC_COLUMNS: readonly ItemMetricKey[] = ['pv', 'uv', 'salesAmount', 'unitsSold', 'paidBuyers', 'conversionRate', 'bounceRate', 'cartAdds', 'refundAmount'];

/** Item tables (商品列表, 商品明细, Manage Inventory …) by their header texts. */
export function readItemTable(root: ParentNode, columns: ItemColumns, options: ItemTableOptions): Extraction | undefined {
  const table = readTableByHeaders(root, columns, { minColumns: 2 });
  if (!table || (!table.columns.includes('itemId') && !table.columns.includes('title'))) return undefined;
  const money = options.money ?? ((t: string | undefined) => parseConsoleNumber(t, 'money'));
  const items: ExtractedItem[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const itemId = itemIdOf(row.text.itemId, row.cells.title, row.text.title, options);
    if (!itemId || seen.has(itemId)) continue;
    seen.add(itemId);
    const item: ExtractedItem = { itemId };
    const title = titleOf(row.cells.title, row.text.title, itemId, options.idPrefixes ?? ['ID']);
    if (title) item.title = title;
    if (!hasPrivateUse(row.text.price)) {
      const price = money(row.text.price);
      if (price !== undefined && price >= 0) item.price = price;
    }
    if (!hasPrivateUse(row.text.stock)) {
      const stock = parseConsoleNumber(row.text.stock, 'count');
      if (stock !== undefined && stock >= 0 && Number.isInteger(stock)) item.stock = stock;
    }
    if (!hasPrivateUse(row.text.rating)) {
      const rating = parseRating(row.text.rating, options.ratingScale);
      if (rating !== undefined) item.rating = rating;
    }
    const status = statusOf(row.text.status, options) ?? options.defaultStatus;
    if (status) item.status = status;
    if (options.date) {
      const values: ItemMetrics = {};
      for (const key of METRIC_COLUMNS) {
        const text = row.text[key];
        if (hasPrivateUse(text)) continue;
        const v = key === 'salesAmount' || key === 'refundAmount' ? money(text) : parseConsoleNumber(text, kindOf(key));
        if (v !== undefined && v >= 0) values[key] = v;
      }
      if (Object.keys(values).length) {
        item.days = [{ date: options.date, metrics: values }];
        if ((values.unitsSold ?? 0) > 0 || (values.paidBuyers ?? 0) > 0) item.lastSaleDate = options.date;
      }
    }
    items.push(item);
  }
  return items.length ? { shopDays: [], items } : undefined;
}

function statusOf(text: string | undefined, options: ItemTableOptions): ExtractedItem['status'] {
  if (!text || !options.statusWords) return undefined;
  const t = text.toLowerCase();
  if (options.statusWords.delisted.some((w) => t.includes(w.toLowerCase()))) return 'delisted';
  if (options.statusWords.onSale.some((w) => t.includes(w.toLowerCase()))) return 'onSale';
  return undefined;
}

function itemIdOf(idText: string | undefined, titleCell: Element | undefined, titleText: string | undefined, options: ItemTableOptions) {
  const prefixes = options.idPrefixes ?? ['ID'];
  const strip = (t: string) => {
    let out = t.trim();
    for (const p of prefixes) if (out.toLowerCase().startsWith(p.toLowerCase())) out = out.slice(p.length).replace(/^[:：\s]+/, '');
    return out.trim();
  };
  const direct = idText && strip(idText);
  if (direct && options.idPattern.test(direct)) return direct;
  // A title cell links to the item or prints its id under the title.
  for (const a of titleCell?.querySelectorAll('a[href]') ?? []) {
    try {
      const url = new URL(a.getAttribute('href') ?? '', 'https://example.invalid/');
      for (const p of options.linkParams ?? []) {
        const v = url.searchParams.get(p);
        if (v && options.idPattern.test(v)) return v;
      }
      const m = options.linkPattern?.exec(url.href);
      if (m?.[1] && options.idPattern.test(m[1])) return m[1];
    } catch {
      // not a URL: ignore
    }
  }
  for (const p of prefixes) {
    const m = new RegExp(`${escape(p)}\\s*[:：]?\\s*([A-Za-z0-9]{5,25})`).exec(titleText ?? '');
    if (m && options.idPattern.test(m[1]!)) return m[1];
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function titleOf(cell: Element | undefined, text: string | undefined, itemId: string, prefixes: readonly string[]): string | undefined {
  const linked = cell?.querySelector('a[href]')?.textContent?.replace(/\s+/g, ' ').trim();
  const idText = new RegExp(`(?:${prefixes.map(escape).join('|')})?\\s*[:：]?\\s*${escape(itemId)}`, 'i');
  const raw = linked || text?.replace(idText, '') || '';
  const title = raw.replace(/\s+/g, ' ').trim();
  return title && !hasPrivateUse(title) ? title.slice(0, 500) : undefined;
}
