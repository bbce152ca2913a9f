/**
 * The generic label-based DOM reader every platform uses: a metric is found by the words the
 * seller sees next to it (访客数, 支付金额 …), never by CSS class names, which change every release.
 *
 * @example
 *   const LABELS = { uv: ['访客数', 'UV'], salesAmount: ['支付金额', '销售额', '成交金额'] } as const;
 *   const { values, labelled } = readMetricsByLabel(document, LABELS);
 *   // values   → { uv: 12000, salesAmount: 12345.6 }   (only what could be read)
 *   // labelled → ['uv', 'salesAmount']                  (labels seen; labelled but absent from
 *   //                                                    values = shown but unreadable, e.g. '-')
 *
 *   const table = readTableByHeaders(document, { itemId: ['商品ID'], title: ['商品名称'], uv: ['访客数'] });
 *   for (const row of table?.rows ?? []) parseConsoleNumber(row.text.uv, 'count');
 *
 * Where the number of a label is looked for, in order:
 *  1. the same text node: "访客数 1.2万", "访客数：1.2万";
 *  2. a table column header (th, thead cell, role=columnheader): the same column of the first
 *     data row (use readTableByHeaders for every row);
 *  3. its card: the largest ancestor that holds this label and no other known label; the first
 *     value after the label inside it, else the first before it (value printed above the label);
 *  4. the element right after the label (dt/dd, label cell/value cell) when the label element is
 *     its own card and that next element holds no label.
 * A "value" is the first text there that holds a digit or a no-value placeholder (-, —, 暂无数据);
 * comparisons (较前一日 +12.3%, ↑3%, +8%) are skipped. A value that does not parse is missing:
 * the search stops there rather than borrowing a neighbour's number.
 * Duplicated labels: synonyms in the order given, then document order; hidden elements are
 * ignored; the first candidate whose card holds a value wins (a banner repeating "访客数" without
 * a value of its own does not). Values are never negative (a shown "-3" is not a metric).
 * Cost is linear in the page's text nodes and table cells.
 */

import { kindOf } from './kinds';
import { isShown, textNodesOf } from './text-nodes';
import { foldText, isComparisonText, isNoValueText, otherDayOf, parseConsoleNumber, type NumberKind } from './number';
import { isPeerText, peerRegions, type PeerRegions } from './peer';

/** Metric key → the label texts that name it on a page, most specific first. */
export type LabelSynonyms<K extends string> = Readonly<Partial<Record<K, readonly string[]>>>;

export interface LabelRead<K extends string> {
  /** Metrics whose value was read (never NaN, never negative). */
  values: Partial<Record<K, number>>;
  /** Metrics whose label is visible on the page, read or not. */
  labelled: K[];
  /**
   * The previous day's full figures printed beside today's ("昨日全天 2.9万" under a real-time
   * card): that day's values, never today's.
   */
  previousDay: Partial<Record<K, number>>;
  /**
   * Labels that look like a metric's but match below MIN_CONFIDENCE ("累计支付金额" for 支付金额):
   * not read, kept for the seller to confirm.
   */
  unsure: { key: K; text: string; confidence: number }[];
}

export interface LabelReadOptions<K extends string> {
  /** How to parse each metric; defaults to METRIC_KINDS (count for unknown keys). */
  kinds?: Partial<Record<K, NumberKind>>;
  /** Other labels that end a card (default BOUNDARY_LABELS, common console metric words). */
  boundaries?: readonly string[];
  /** Elements whose labels are read elsewhere (a day table's header): their labels are skipped. */
  skip?: readonly Element[];
  /** The page's scope, for the scope words a label may carry (default shop). */
  scope?: Scope;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'SELECT', 'OPTION']);
/** Label texts are short; longer text nodes are skipped before any normalising. */
const MAX_LABEL_TEXT = 80;
/** Text nodes looked at when searching a card for its value. */
const MAX_SCAN = 60;

/**
 * A label as written → its comparable form: full-width folded, spaces removed, lower case,
 * trailing colon, unit in brackets and help marks dropped ("支付金额(元)：" → "支付金额").
 */
export function normalizeLabel(text: string): string {
  // Most synonyms and page labels are already plain (访客数): skip the folding. The content script
  // normalises every synonym table on each page load; the page-cost bench measured that as the
  // largest part of its first read.
  if (ALREADY_NORMAL.test(text)) return text;
  let t = foldText(text.replace(/[ⓘ?？]/gu, ' ')).replace(/\s+/g, '').toLowerCase();
  for (let i = 0; i < 3; i++) {
    t = t
      .replace(/[:：]+$/, '')
      .replace(/[?？ⓘ*]+$/u, '')
      .replace(/[(（[【][^()（）[\]【】]{0,8}[)）\]】]$/, '');
  }
  return t;
}

/** Text that normalizeLabel would return unchanged: CJK ideographs, lower-case ASCII letters and digits. */
const ALREADY_NORMAL = /^[\u4E00-\u9FFFa-z0-9]+$/;

interface Candidate<K> {
  key: K;
  synonymIndex: number;
  order: number;
  /** The element holding the label text. */
  element: Element;
  textNode: Node;
  /** Set when the value is in the same text node ("访客数 1.2万"). */
  inline?: string;
  /** How sure the label match is (1 = the synonym itself); see resolveLabel. */
  confidence: number;
  /**
   * Another shop's or the market's label (同行平均 …, or inside a 同行/行业 section; lib/extract/peer.ts):
   * it bounds its card like any label, but is never read, never a look-alike to confirm.
   */
  peer?: boolean;
}

/** Reads each metric's value by its label. Missing labels and unreadable values are absent from `values`. */
export function readMetricsByLabel<K extends string>(
  root: ParentNode,
  labels: LabelSynonyms<K>,
  options: LabelReadOptions<K> = {},
): LabelRead<K> {
  const { byKey, unsure, labelCount } = rankCandidates(root, labels, options);
  const values: Partial<Record<K, number>> = {};
  const previousDay: Partial<Record<K, number>> = {};
  const labelled: K[] = [];
  for (const key of Object.keys(labels) as K[]) {
    const list = byKey.get(key);
    if (!list?.length) continue;
    labelled.push(key);
    // The main panel (most labels around) first, then the synonyms' order, then document order.
    list.sort((a, b) => b.panel - a.panel || a.synonymIndex - b.synonymIndex || a.order - b.order);
    const kind = options.kinds?.[key] ?? kindOf(key);
    for (const candidate of list) {
      const found = candidate.inline !== undefined ? { text: candidate.inline } : valueTextFor(candidate, labelCount);
      if (found?.previousDay !== undefined && previousDay[key] === undefined) {
        const before = parseConsoleNumber(found.previousDay, kind);
        if (before !== undefined && before >= 0) previousDay[key] = before;
      }
      if (found?.text === undefined) continue;
      const value = parseConsoleNumber(found.text, kind);
      if (value !== undefined && value >= 0) values[key] = value;
      break;
    }
  }
  return { values, labelled, previousDay, unsure };
}

/** The label candidates of a read, per metric (not yet sorted), and the look-alikes left unread. */
function rankCandidates<K extends string>(root: ParentNode, labels: LabelSynonyms<K>, options: LabelReadOptions<K>) {
  const lookup = withBoundaries(labels, options.boundaries ?? BOUNDARY_LABELS);
  const skip = options.skip ?? [];
  const regions = peerRegions(root);
  const found = findCandidates(root, lookup, options.scope ?? 'shop', regions);
  const all = skip.length ? found.filter((c) => !skip.some((el) => el.contains(c.element))) : found;

  // How many labels each ancestor holds: a card holds exactly one, a panel several.
  const labelCount = new Map<Element, number>();
  const counted = new Set<Element>();
  for (const c of all) {
    if (counted.has(c.element)) continue;
    counted.add(c.element);
    for (let el: Element | null = c.element; el; el = el.parentElement) {
      labelCount.set(el, (labelCount.get(el) ?? 0) + 1);
      if ((el as Node) === root) break;
    }
  }

  const unsure: LabelRead<K>['unsure'] = [];
  const byKey = new Map<string, Ranked[]>();
  for (const c of all) {
    if (c.key.startsWith('\u0000') || c.peer) continue;
    if (c.confidence < MIN_CONFIDENCE) {
      // A look-alike label still bounds its card (counted above), but its number is not read.
      unsure.push({ key: c.key as K, text: c.textNode.textContent?.trim() ?? '', confidence: c.confidence });
      continue;
    }
    const card = cardOf(c.element, root, labelCount);
    const panel = card.parentElement ? (labelCount.get(card.parentElement) ?? 0) : 0;
    byKey.set(c.key, [...(byKey.get(c.key) ?? []), { ...c, card, panel, regions }]);
  }

  return { byKey, unsure, labelCount, all, regions };
}

/**
 * Below this a label match is not read (see resolveLabel): a fuzzy look-alike such as
 * 无线端支付金额 or 累计支付金额 names another number than 支付金额. Not a setting: it separates
 * the reader's own certain matches from guesses, which the seller confirms on the page instead.
 */
export const MIN_CONFIDENCE = 0.9;

/** The (visible) elements holding one of these labels, in document order: to find the sections of a page. */
export function findLabelElements<K extends string>(root: ParentNode, labels: LabelSynonyms<K>): Element[] {
  return [...new Set(sureLabels(root, labels).map((c) => c.element))];
}

/** The same, per metric: each key's elements in document order (keys with none are absent). One pass over the page for all keys. */
export function findLabelElementsByKey<K extends string>(root: ParentNode, labels: LabelSynonyms<K>): Map<K, Element[]> {
  const out = new Map<K, Element[]>();
  for (const { key, element } of sureLabels(root, labels)) {
    const list = out.get(key);
    if (!list) out.set(key, [element]);
    else if (!list.includes(element)) list.push(element);
  }
  return out;
}

const sureLabels = <K extends string>(root: ParentNode, labels: LabelSynonyms<K>) =>
  findCandidates(root, buildLookup(labels), 'shop', peerRegions(root)).filter((c) => c.confidence >= MIN_CONFIDENCE && !c.peer);

/** A candidate to read, with its card, how many labels its panel holds, and the page's peer regions (its value is never in one). */
type Ranked = Candidate<string> & { card: Element; panel: number; regions: PeerRegions };

const WITH_BOUNDARIES = new WeakMap<object, WeakMap<readonly string[], Lookup<string>>>();
const BOUNDARY_LOOKUPS = new WeakMap<readonly string[], Lookup<string>>();

/**
 * The reader's labels plus the boundary words, built once per (table, boundaries) pair from the
 * table's own lookup (also used for its headers) and the boundary words' (shared by every table):
 * neither is normalised twice.
 */
function withBoundaries(labels: LabelSynonyms<string>, boundaryLabels: readonly string[]): Lookup<string> {
  let perTable = WITH_BOUNDARIES.get(labels);
  if (!perTable) WITH_BOUNDARIES.set(labels, (perTable = new WeakMap()));
  let lookup = perTable.get(boundaryLabels);
  if (!lookup) {
    let boundaries = BOUNDARY_LOOKUPS.get(boundaryLabels);
    if (!boundaries) BOUNDARY_LOOKUPS.set(boundaryLabels, (boundaries = computeLookup(boundaryTable(boundaryLabels))));
    // The reader's own labels first: a boundary word that is also a wanted label stays wanted.
    lookup = mergeLookups(buildLookup(labels), boundaries);
    perTable.set(boundaryLabels, lookup);
  }
  return lookup;
}

/** Boundary words as a label table: each its own key, starting with NUL so no metric key can be one (never read). */
export const boundaryTable = (words: readonly string[]): LabelSynonyms<string> => Object.fromEntries(words.map((word, i) => [`\u0000${i}`, [word]]));

/**
 * One lookup holding `first`'s labels and then `then`'s: the same as computeLookup of both tables
 * together (`first`'s entries win an exact tie; each first-character list stays longest first,
 * `first`'s before `then`'s at equal length).
 */
export function mergeLookups<K>(first: Lookup<K>, then: Lookup<K>): Lookup<K> {
  const exact = new Map(first.exact);
  for (const [label, hit] of then.exact) if (!exact.has(label)) exact.set(label, hit);
  const prefixes = new Map(first.prefixes);
  for (const [char, b] of then.prefixes) {
    const a = prefixes.get(char);
    if (!a) {
      prefixes.set(char, b);
      continue;
    }
    const merged: typeof a = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]!.label.length >= b[j]!.label.length) ? a[i++]! : b[j++]!);
    prefixes.set(char, merged);
  }
  return { exact, prefixes, firstChars: new Set([...first.firstChars, ...then.firstChars]), tails: new Set([...first.tails, ...then.tails]) };
}

/** The largest ancestor of a label (inside root) that holds no other label. */
function cardOf(element: Element, root: ParentNode, labelCount: Map<Element, number>): Element {
  let card = element;
  while ((card as Node) !== root && card.parentElement && (card.parentElement as Node) !== root) {
    if ((labelCount.get(card.parentElement) ?? 0) > 1) break;
    card = card.parentElement;
  }
  return card;
}

/**
 * Metric words consoles print that no reader may want but that bound a card: without them,
 * a card with an empty value would run on into its neighbour's number.
 */
export const BOUNDARY_LABELS: readonly string[] = [
  '访客数', '浏览量', '支付金额', '支付买家数', '支付件数', '支付子订单数', '支付转化率', '客单价', '跳失率',
  '人均浏览量', '平均停留时长', '加购人数', '加购件数', '收藏人数', '商品收藏人数', '新访客数', '老访客数',
  '下单买家数', '下单金额', '下单件数', '下单转化率', '退款金额', '成功退款金额', '净支付金额', '老客复购率',
  '咨询率', '商品访客数', '商品浏览量', '有访问商品数', '动销商品数', '推广花费', '成交金额', '成交件数',
  '成交单量', '成交客户数', '成交转化率', '成交订单数', '成交买家数', '销售额', '订单数', '曝光量', '点击量',
  '点击率', 'DSR', '店铺评分', '描述相符', '服务态度', '物流服务',
];

export type Lookup<K> = {
  exact: Map<string, { key: K; index: number }>;
  /**
   * By first character, longest first, for "访客数 1.2万" (so 支付转化率 is tried before a shorter
   * label that prefixes it). Indexed: a page has hundreds of short texts, each tried against the
   * labels that can start it rather than all of them.
   */
  prefixes: Map<string, { label: string; key: K; index: number }[]>;
  firstChars: Set<string>;
  /** Each synonym's last two characters: a look-alike or a scoped label ends with one of them. */
  tails: Set<string>;
};

/** Lookups per synonyms table: tables are module constants, so each is normalised once per page. */
const LOOKUPS = new WeakMap<object, Lookup<string>>();

function buildLookup<K extends string>(labels: LabelSynonyms<K>): Lookup<K> {
  const cached = LOOKUPS.get(labels);
  if (cached) return cached as Lookup<K>;
  const built = computeLookup(labels);
  LOOKUPS.set(labels, built as Lookup<string>);
  return built;
}

/** A table's labels normalised and indexed for matching page text (see Lookup). */
export function computeLookup<K extends string>(labels: LabelSynonyms<K>): Lookup<K> {
  const exact = new Map<string, { key: K; index: number }>();
  const prefixList: { label: string; key: K; index: number }[] = [];
  const firstChars = new Set<string>();
  const tails = new Set<string>();
  for (const [key, synonyms] of Object.entries(labels) as [K, readonly string[] | undefined][]) {
    synonyms?.forEach((synonym, index) => {
      const label = normalizeLabel(synonym);
      if (!label) return;
      if (!exact.has(label)) exact.set(label, { key, index });
      prefixList.push({ label, key, index });
      for (const ch of [synonym.trim().charAt(0), label.charAt(0), label.charAt(0).toUpperCase()]) firstChars.add(ch);
      tails.add(label.slice(-2));
    });
  }
  prefixList.sort((a, b) => b.label.length - a.label.length);
  const prefixes: Lookup<K>['prefixes'] = new Map();
  for (const p of prefixList) {
    const bucket = prefixes.get(p.label.charAt(0));
    if (bucket) bucket.push(p);
    else prefixes.set(p.label.charAt(0), [p]);
  }
  return { exact, prefixes, firstChars, tails };
}

/** Text nodes under root that can hold a label or value (not script/style/form-control text). */
function textNodes(root: ParentNode): Text[] {
  return textNodesOf(root).filter((node) => !SKIP_TAGS.has(node.parentElement?.tagName ?? ''));
}

function findCandidates<K extends string>(root: ParentNode, lookup: Lookup<K>, scope: Scope, regions: PeerRegions): Candidate<K>[] {
  const out: Candidate<K>[] = [];
  const visible = new Map<Element, boolean>();
  const first = lookup.firstChars;
  let order = 0;
  for (const node of textNodes(root)) {
    const raw = node.data;
    if (raw.length > MAX_LABEL_TEXT) continue;
    let trimmed = raw.trim();
    // Full-width text (ＵＶ) is folded before the first-character test; other text is not touched.
    if (trimmed.charCodeAt(0) >= 0xff00) trimmed = foldText(trimmed);
    // A label starts with a synonym's first character, or ends like one after a short prefix
    // (全店支付转化率, 无线端支付金额); a closing bracket or colon may follow (全店支付金额(元)).
    if (!trimmed || !(first.has(trimmed.charAt(0)) || (trimmed.length <= MAX_FUZZY_TEXT && (lookup.tails.has(trimmed.slice(-2)) || /[)）:：]$/.test(trimmed))))) continue;
    const element = node.parentElement;
    if (!element) continue;
    const found = matchLabel(trimmed, lookup, scope);
    if (!found) continue;
    let shown = visible.get(element);
    if (shown === undefined) visible.set(element, (shown = isShown(element)));
    if (!shown) continue;
    const peer = isPeerText(trimmed) || regions.contains(element);
    out.push({ key: found.key, synonymIndex: found.index, order: order++, element, textNode: node, inline: found.inline, confidence: found.confidence, ...(peer ? { peer } : {}) });
  }
  return out;
}

export type Scope = 'shop' | 'item';

/** Scope words before a metric's name, by the page's scope: 全店支付转化率 on a shop page, 商品浏览量 in an item table. */
const SCOPE_PREFIX: Record<Scope, RegExp> = {
  shop: /^(店铺整体|店铺|全店|本店|整体)/,
  item: /^(商品|宝贝|单品)/,
};
/** A report's "- Total" in each interface language: "Sessions – Total", "会话次数 – 总计", "セッション数 - 合計". */
const TOTAL_SUFFIX = /-?(total|总计|合计|合計)$/;
/** Texts longer than this are not tried as a look-alike of a label. */
const MAX_FUZZY_TEXT = 16;
/** A look-alike needs a synonym at least this long (访客数 yes, UV no). */
const MIN_FUZZY_SYNONYM = 3;

/**
 * A label as printed → its metric and how sure the match is:
 * 1 — a synonym, after normalizeLabel (case, full width, spaces, colon, a unit in brackets, help marks);
 * 0.95 — a synonym with the report's "- Total" after it;
 * 0.9 — a synonym after a scope word of the page's own scope (全店 on a shop page, 商品 in an item table);
 * 0.6 — a synonym of 3+ characters with up to 3 other characters before or after it (无线端支付金额,
 *   支付金额占比): another measure as often as not, so below MIN_CONFIDENCE and not read.
 */
export function resolveLabel<K>(text: string, lookup: Lookup<K>, scope: Scope = 'shop'): { key: K; index: number; confidence: number } | undefined {
  // "访客数（行业均值）", "同行支付金额": another shop's or the market's number, whatever it is called.
  if (isPeerText(text)) return undefined;
  const normal = normalizeLabel(text);
  const exact = lookup.exact.get(normal);
  if (exact) return { ...exact, confidence: 1 };
  if (!normal || normal.length > MAX_LABEL_TEXT) return undefined;
  const dashed = normal.replace(/[–—―‒]/g, '-');
  const untotalled = dashed.replace(TOTAL_SUFFIX, '').replace(/-+$/, '');
  if (untotalled !== normal) {
    const hit = lookup.exact.get(untotalled);
    if (hit) return { ...hit, confidence: 0.95 };
  }
  const unscoped = untotalled.replace(SCOPE_PREFIX[scope], '');
  if (unscoped !== untotalled && unscoped.length >= 2) {
    const hit = lookup.exact.get(unscoped);
    if (hit) return { ...hit, confidence: 0.9 };
  }
  if (untotalled.length > MAX_FUZZY_TEXT) return undefined;
  for (let cut = 1; cut <= 3 && untotalled.length - cut >= MIN_FUZZY_SYNONYM; cut++) {
    const hit = lookup.exact.get(untotalled.slice(cut)) ?? lookup.exact.get(untotalled.slice(0, -cut));
    if (hit) return { ...hit, confidence: 0.6 };
  }
  return undefined;
}

/** Exact label, or a label followed by its value in the same text ("访客数：1.2万", "访客数 -"). */
function matchLabel<K>(text: string, lookup: Lookup<K>, scope: Scope): { key: K; index: number; confidence: number; inline?: string } | undefined {
  const exact = lookup.exact.get(normalizeLabel(text));
  if (exact) return { ...exact, confidence: 1 };
  const folded = foldText(text);
  const compact = folded.toLowerCase();
  for (const { label, key, index } of lookup.prefixes.get(compact.trimStart().charAt(0)) ?? []) {
    // Compare on the text without inner spaces, then cut the same number of label characters.
    const cut = prefixLength(compact, label);
    if (cut === undefined) continue;
    const rest = folded.slice(cut).replace(/^[\s:：]+/, '');
    if (rest && (isNoValueText(rest) || /^[-+¥$￥€£.\d]/.test(rest))) return { key, index, inline: rest, confidence: 1 };
  }
  return resolveLabel(text, lookup, scope);
}

/** Length of `text`'s prefix that equals `label` when spaces are ignored; undefined if none. */
function prefixLength(text: string, label: string): number | undefined {
  let i = 0;
  let j = 0;
  while (j < label.length && i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    if (text[i] !== label[j]) return undefined;
    i++;
    j++;
  }
  return j === label.length ? i : undefined;
}

/** What a label's card holds: its value's text, and the previous day's figure where one is printed. */
interface Slot {
  text?: string;
  previousDay?: string;
}

function valueTextFor(candidate: Ranked, labelCount: Map<Element, number>): Slot | undefined {
  const header = columnHeaderCell(candidate.element);
  if (header) {
    const text = firstRowCellText(header);
    return text === undefined ? undefined : { text };
  }
  const { card, regions } = candidate;
  const after = scanForValue(card, candidate.textNode, 'after', regions);
  if (after.text !== undefined) return after;
  // Value printed above its label: "3.26万 / 支付金额 / 昨日全天 2.9万".
  const before = scanForValue(card, candidate.textNode, 'before', regions);
  if (before.text !== undefined) return { ...before, previousDay: after.previousDay ?? before.previousDay };
  // dt/dd, label cell/value cell: the next element, when it is not another label's. Only when the
  // label element itself is the card: a card wrapping nothing but its label is an empty card.
  const next = card === candidate.element ? card.nextElementSibling : null;
  if (next && !labelCount.has(next)) return scanForValue(next, undefined, 'after', regions);
  return after.previousDay !== undefined ? after : undefined;
}

/** Pieces a console prints in their own element around a number: ¥ | 3.26 | 万, 5.55 | %. */
const CURRENCY_PIECE = /^(¥|￥|\$|us\$|ca\$|mx\$|a\$|au\$|€|£|₹|rmb|cny)$/i;
const UNIT_PIECE = /^(万亿|千万|百万|亿|万|千|w|k|%|‰|元|万元|亿元|件|人|人次|次|单|笔|个)$/i;

/**
 * The first value-looking text in `scope` after (or before) the label's own text node, joined
 * with the pieces printed beside it (currency sign before, 万/亿/%/unit after). Comparison texts
 * are skipped; a bare comparison word ("较前一日") also skips the number after it; another day's
 * figure ("昨日全天 2.9万", or "昨日" with its number next) is returned as previousDay, never as the value.
 * Another shop's or the market's figure (a 同行/行业 text, or a peer region) ends the search: after
 * the label nothing past it, before the label nothing up to it.
 */
function scanForValue(scope: Element, labelNode: Node | undefined, direction: 'after' | 'before', regions: PeerRegions): Slot {
  const nodes: string[] = [];
  let labelAt = labelNode === undefined ? 0 : -1;
  for (const node of textNodes(scope)) {
    if (node === labelNode) {
      labelAt = nodes.length;
      if (direction === 'before') break;
      continue;
    }
    if (direction === 'after' && labelAt < 0) continue;
    const text = node.data.trim();
    if (!text || (node.parentElement && !isShown(node.parentElement))) continue;
    if (isPeerText(text) || regions.contains(node)) {
      if (direction === 'after') break;
      nodes.length = 0;
      continue;
    }
    nodes.push(text);
    if (direction === 'after' && nodes.length >= MAX_SCAN) break;
  }
  const slot: Slot = {};
  const order = direction === 'after' ? nodes.map((_, i) => i) : nodes.map((_, i) => nodes.length - 1 - i).slice(0, MAX_SCAN);
  let skipNumber = false;
  let previousDayPending = false;
  for (const i of order) {
    const text = nodes[i]!;
    const other = otherDayOf(text);
    if (other) {
      // "昨日全天 2.9万" in one text, or "昨日" with its number in the next element.
      if (/\d/.test(other.rest)) slot.previousDay ??= assemble(nodes, i, other.rest);
      else previousDayPending = direction === 'after';
      continue;
    }
    if (isComparisonText(text)) {
      // "较前一日" alone: its number follows in the next element; "+3%" is that number.
      skipNumber = direction === 'after' && !/\d/.test(text);
      continue;
    }
    if (isNoValueText(text)) {
      if (previousDayPending) {
        previousDayPending = false;
        continue;
      }
      slot.text = text;
      return slot;
    }
    if (/\d|∞|nan|infinity/i.test(foldText(text))) {
      if (previousDayPending) {
        previousDayPending = false;
        slot.previousDay ??= assemble(nodes, i, text);
        continue;
      }
      if (skipNumber) {
        skipNumber = false;
        continue;
      }
      slot.text = assemble(nodes, i, text);
      return slot;
    }
  }
  return slot;
}

/** A number's text with the currency sign printed just before it and the units just after it. */
function assemble(nodes: readonly string[], at: number, text: string): string {
  let out = text;
  const before = nodes[at - 1];
  if (before !== undefined && CURRENCY_PIECE.test(before) && !/^[-+]?[¥￥$€£₹]/.test(text)) out = `${before}${out}`;
  for (let i = at + 1; i < nodes.length && i <= at + 2; i++) {
    if (!UNIT_PIECE.test(nodes[i]!)) break;
    out = `${out}${nodes[i]}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables

export interface TableRow<K extends string> {
  /** Cell text per column (whitespace collapsed); absent when the row has no such cell. */
  text: Partial<Record<K, string>>;
  /** The cell elements, for links (item ids in hrefs) or images. */
  cells: Partial<Record<K, Element>>;
  element: Element;
}

export interface TableRead<K extends string> {
  /** The columns found, in the header's order. */
  columns: K[];
  rows: TableRow<K>[];
}

const HEADER_CELL = 'th, thead td, [role="columnheader"]';
const ROW = 'tr, [role="row"]';
const isCell = (el: Element) =>
  el.tagName === 'TD' || el.tagName === 'TH' || /^(cell|gridcell|columnheader|rowheader)$/.test(el.getAttribute('role') ?? '');

/**
 * Reads a table by its header texts: the header row matching the most columns wins (at least
 * `minColumns`, default 2). Works on <table> (also a header table separate from its body table,
 * as fixed-header grids render) and on ARIA grids. Linear in the number of cells; at most
 * `maxRows` rows (default 20,000). Row spans are not followed. A table in a 同行/行业 region, or a
 * column headed with a peer word ("访客数（行业均值）"), is not read (lib/extract/peer.ts).
 */
export function readTableByHeaders<K extends string>(
  root: ParentNode,
  headers: LabelSynonyms<K>,
  options: { minColumns?: number; maxRows?: number; scope?: Scope } = {},
): TableRead<K> | undefined {
  const lookup = buildLookup(headers);
  // An item table (it has an item id column) strips 商品/宝贝 before a metric's name; others 全店/店铺.
  const scope = options.scope ?? ('itemId' in headers ? 'item' : 'shop');
  const minColumns = options.minColumns ?? 2;
  const maxRows = options.maxRows ?? 20_000;

  let best: { row: Element; positions: Map<number, K>; columns: K[] } | undefined;
  const seenRows = new Set<Element>();
  const regions = peerRegions(root);
  for (const cell of root.querySelectorAll(HEADER_CELL)) {
    const row = cell.closest(ROW);
    if (!row || seenRows.has(row)) continue;
    seenRows.add(row);
    // A 同行/行业 table: not the shop's, whatever its columns are called.
    if (regions.contains(row)) continue;
    const positions = new Map<number, K>();
    const columns: K[] = [];
    let pos = 0;
    for (const c of Array.from(row.children)) {
      if (!isCell(c)) continue;
      const key = headerKey(c, lookup, scope);
      if (key !== undefined && !columns.includes(key)) {
        // A header spanning several columns (商品 over image + title) owns all of them.
        for (let i = 0; i < span(c); i++) positions.set(pos + i, key);
        columns.push(key);
      }
      pos += span(c);
    }
    if (columns.length >= minColumns && (!best || columns.length > best.columns.length)) best = { row, positions, columns };
  }
  if (!best) return undefined;

  const rows: TableRow<K>[] = [];
  for (const row of dataRows(best.row)) {
    if (rows.length >= maxRows) break;
    const text: Partial<Record<K, string>> = {};
    const cells: Partial<Record<K, Element>> = {};
    let pos = 0;
    let any = false;
    for (const c of Array.from(row.children)) {
      if (!isCell(c)) continue;
      const key = best.positions.get(pos);
      if (key !== undefined && !text[key]) {
        // Under a spanning header the first cell with text is the column's value.
        cells[key] = c;
        text[key] = (c.textContent ?? '').replace(/\s+/g, ' ').trim();
        any = true;
      }
      pos += span(c);
    }
    if (any) rows.push({ text, cells, element: row });
  }
  return { columns: best.columns, rows };
}

function headerKey<K>(cell: Element, lookup: Lookup<K>, scope: Scope): K | undefined {
  const sure = (text: string) => {
    const hit = resolveLabel(text, lookup, scope);
    return hit && hit.confidence >= MIN_CONFIDENCE ? hit.key : undefined;
  };
  const whole = sure(cell.textContent ?? '');
  if (whole !== undefined) return whole;
  // Headers often carry a sort arrow or help icon text: any one text node naming the column.
  for (const node of textNodes(cell)) {
    const hit = sure(node.data);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const span = (cell: Element) => Math.max(1, Math.min(50, Number(cell.getAttribute('colspan')) || 1));

/** The body rows belonging to a header row, in document order. */
function dataRows(headerRow: Element): Element[] {
  const table = headerRow.closest('table');
  if (table) {
    const own = bodyRowsOf(table, headerRow);
    if (own.length) return own;
    // Fixed-header grids: the header is one <table>, the body the next one.
    let scope: Element | null = table.parentElement;
    for (let depth = 0; scope && depth < 4; depth++, scope = scope.parentElement) {
      const tables = Array.from(scope.querySelectorAll('table'));
      const after = tables.slice(tables.indexOf(table) + 1);
      for (const next of after) {
        const rows = bodyRowsOf(next, headerRow);
        if (rows.length) return rows;
      }
    }
    return [];
  }
  const grid = headerRow.closest('[role="table"], [role="grid"], [role="treegrid"]');
  if (!grid) return [];
  return Array.from(grid.querySelectorAll('[role="row"]')).filter(
    (r) => r !== headerRow && !r.querySelector('[role="columnheader"]'),
  );
}

function bodyRowsOf(table: Element, headerRow: Element): Element[] {
  const rows: Element[] = [];
  const take = (row: Element) => {
    if (row.tagName === 'TR' && row !== headerRow && !isHeaderRow(row)) rows.push(row);
  };
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'TBODY') for (const row of Array.from(child.children)) take(row);
    else take(child);
  }
  return rows;
}

const isHeaderRow = (row: Element) => {
  const cells = Array.from(row.children).filter(isCell);
  return cells.length > 0 && cells.every((c) => c.tagName === 'TH');
};

/** The header cell this label sits in, when the label is a table column header. */
function columnHeaderCell(element: Element): Element | undefined {
  const cell = element.closest(HEADER_CELL);
  if (!cell) return undefined;
  // A header cell that labels its own row ("<tr><th>访客数</th><td>1.2万</td></tr>") is a row
  // header, not a column header: the card search reads the value next to it.
  const row = cell.closest(ROW);
  if (row && Array.from(row.children).some((c) => c !== cell && isCell(c) && c.tagName === 'TD' && !c.closest('thead'))) {
    return undefined;
  }
  return cell;
}

function firstCellText(row: Element): string | undefined {
  const cell = Array.from(row.children).find(isCell);
  return cell ? (cell.textContent ?? '').trim() : undefined;
}

function firstRowCellText(header: Element): string | undefined {
  const cell = firstRowCell(header);
  return cell ? (cell.textContent ?? '').replace(/\s+/g, ' ').trim() : undefined;
}

/** The cell under a column header in the table's first data row (none for a breakdown's parts). */
function firstRowCell(header: Element): Element | undefined {
  const row = header.closest(ROW);
  if (!row) return undefined;
  let pos = 0;
  let target = -1;
  for (const c of Array.from(row.children)) {
    if (!isCell(c)) continue;
    if (c === header) {
      target = pos;
      break;
    }
    pos += span(c);
  }
  if (target < 0) return undefined;
  const rows = dataRows(row);
  // A breakdown (来源构成: 手淘搜索 / 直通车 / …, one row per part, each named in its first cell)
  // holds parts of the whole: its first row is one source's figure, not the shop's.
  const name = rows.length > 1 && target > 0 ? firstCellText(rows[0]!) : undefined;
  if (name !== undefined && !/\d/.test(name)) return undefined;
  for (const data of rows) {
    let p = 0;
    for (const c of Array.from(data.children)) {
      if (!isCell(c)) continue;
      if (p === target) return c;
      p += span(c);
    }
    return undefined;
  }
  return undefined;
}

/** resolveLabel against a label table (its lookup is built once per table). */
export function resolveLabelIn<K extends string>(text: string, labels: LabelSynonyms<K>, scope: Scope = 'shop') {
  return resolveLabel(text, buildLookup(labels), scope);
}

// ---------------------------------------------------------------------------------------------
// Provenance, for the reading overlay (lib/overlay): which text on the page was read as which
// metric, and which labelled numbers were not taken. Its own walk, run only when the seller
// turns the overlay on (or has corrected a reading): the read above does not pay for it.

export type TracePosition = 'inline' | 'after' | 'before' | 'column' | 'next';

export interface LabelTrace<K extends string> {
  key: K;
  /** The element holding the label text, and that text. */
  label: Element;
  labelText: string;
  /** Where the value was found: a text node, or a table cell; absent = labelled but no value. */
  value?: Node;
  text?: string;
  /** The value as the reader parses it (undefined = shown but unreadable). */
  parsed?: number;
  position?: TracePosition;
  confidence: number;
  /** The candidate readMetricsByLabel takes for its key (at most one per key). */
  chosen: boolean;
}

/**
 * Every label candidate readMetricsByLabel considers, with where its value sits, in the same
 * order and with the same choice per metric; look-alikes (below MIN_CONFIDENCE) are included,
 * never chosen.
 */
export function traceMetricsByLabel<K extends string>(
  root: ParentNode,
  labels: LabelSynonyms<K>,
  options: LabelReadOptions<K> = {},
): LabelTrace<K>[] {
  const { byKey, labelCount, all, regions } = rankCandidates(root, labels, options);
  const out: LabelTrace<K>[] = [];
  const trace = (c: Ranked, key: K, chosen: boolean, found: Located | undefined): LabelTrace<K> => {
    const kind = options.kinds?.[key] ?? kindOf(key);
    const parsed = found?.text !== undefined ? parseConsoleNumber(found.text, kind) : undefined;
    return {
      key,
      label: c.element,
      labelText: c.textNode.textContent?.trim() ?? '',
      confidence: c.confidence,
      chosen,
      ...(found ? { value: found.node, text: found.text, position: found.position } : {}),
      ...(parsed !== undefined && parsed >= 0 ? { parsed } : {}),
    };
  };
  for (const key of Object.keys(labels) as K[]) {
    const list = byKey.get(key);
    if (!list?.length) continue;
    list.sort((a, b) => b.panel - a.panel || a.synonymIndex - b.synonymIndex || a.order - b.order);
    let taken = false;
    for (const candidate of list) {
      const found = locate(candidate, labelCount);
      const chosen: boolean = !taken && found?.text !== undefined;
      taken ||= chosen;
      out.push(trace(candidate, key, chosen, found));
    }
  }
  for (const c of all) {
    if (c.key.startsWith('\u0000') || c.confidence >= MIN_CONFIDENCE || c.peer) continue;
    const ranked: Ranked = { ...c, card: cardOf(c.element, root, labelCount), panel: 0, regions };
    out.push(trace(ranked, c.key as K, false, locate(ranked, labelCount)));
  }
  return out;
}

interface Located {
  text: string;
  node: Node;
  position: TracePosition;
}

/** valueTextFor, and the node the value text came from. */
function locate(candidate: Ranked, labelCount: Map<Element, number>): Located | undefined {
  if (candidate.inline !== undefined) return { text: candidate.inline, node: candidate.textNode, position: 'inline' };
  const header = columnHeaderCell(candidate.element);
  if (header) {
    const cell = firstRowCell(header);
    return cell ? { text: (cell.textContent ?? '').replace(/\s+/g, ' ').trim(), node: cell, position: 'column' } : undefined;
  }
  const text = valueTextFor(candidate, labelCount)?.text;
  if (text === undefined) return undefined;
  const { card } = candidate;
  const nodes = textNodes(card);
  const at = nodes.indexOf(candidate.textNode as Text);
  const holds = (n: Text) => {
    const t = n.data.trim();
    return !!t && (/\d/.test(t) ? text.includes(t) : t === text);
  };
  const after = nodes.slice(at + 1).find(holds);
  if (after) return { text, node: after, position: 'after' };
  const before = nodes.slice(0, Math.max(at, 0)).reverse().find(holds);
  if (before) return { text, node: before, position: 'before' };
  const next = card.nextElementSibling;
  const inNext = next ? textNodes(next).find(holds) : undefined;
  return inNext ? { text, node: inNext, position: 'next' } : undefined;
}
