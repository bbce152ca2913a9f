import { DATE_COLUMN_WORDS } from '@/lib/extract/day-tables';
import { crossCheck } from '@/lib/extract/cross-check';
import { kindOf } from '@/lib/extract/kinds';
import { MIN_CONFIDENCE, normalizeLabel, readTableByHeaders, traceMetricsByLabel, type LabelSynonyms, type LabelTrace } from '@/lib/extract/labels';
import { isComparisonText, isNoValueText, parseConsoleNumber } from '@/lib/extract/number';
import { isPeerText, peerRegions, type PeerRegions } from '@/lib/extract/peer';
import { isShown, oneWalk, textNodesOf } from '@/lib/extract/text-nodes';
import { CATALOGUE, ITEM_METRIC_KEYS, type ItemMetricKey, type ShopMetricKey } from '@/lib/model/catalogue';
import { consoleLabels } from '@/lib/extract/synonyms';
import { once } from '@/lib/once';
import type { PlatformId } from '@/lib/model/consoles';
import { mergeReads } from '@/lib/content/frames';
import type { ExtractedItem, PlatformAdapter, ReadContext } from '@/lib/platforms/types';
import { applyTaughtRules, readingLabels, rulesForConsole, unusedRules, type RuleConflict } from '@/lib/rules/apply';
import { builtInShopLabels, withAmazonWords } from '@/lib/rules/labels';
import type { RulePosition, TaughtRule } from '@/lib/rules/schema';

/**
 * What the reading overlay marks on a console page (issue 12), computed from the same read the
 * console script sends — the platform's reader, then the taught rules — and the reader's
 * provenance (lib/extract/labels.ts traceMetricsByLabel): which text became which metric of
 * which day, which labelled numbers were not taken, which were only look-alikes or failed a
 * cross-check. Runs only while the overlay is on.
 */

/**
 * read / taught: in the read; unread: labelled, not read (to teach); unsure: a look-alike label;
 * peer: another shop's or the market's number (同行, 行业 …: lib/extract/peer.ts) — never read,
 * never offered to teach, marked only to say why.
 */
export type MarkKind = 'read' | 'taught' | 'unread' | 'unsure' | 'peer';

export interface Mark {
  id: string;
  kind: MarkKind;
  /** The text node or cell showing the number. */
  node: Node;
  value?: number;
  text: string;
  labelText: string;
  /** What it was read as (read, taught) or looks like (unsure). */
  metric?: ShopMetricKey;
  /** A cell of an item table (商品排行, 商品管理 …): the item and the item metric it was read as. Seen, not taught. */
  item?: { id: string; title?: string; metric: ItemMetricKey };
  date?: string;
  /** Failed a cross-check of the day's numbers: the ratio its parts give (支付买家数 ÷ 访客数). */
  doubtful?: { numerator: ShopMetricKey; denominator: ShopMetricKey; expected: number };
  confidence?: number;
  ruleId?: number;
  /** The rule's number differs from the built-in read of the same metric: the seller is asked. */
  conflict?: RuleConflict;
  hint: { position: RulePosition; tag: string };
}

export interface PageMarks {
  marks: Mark[];
  /** Item rows beyond MAX_ITEM_ROWS left unmarked (a long list is read whole, marked in part). */
  itemRowsLeft: number;
  /** Every metric value the page's read yields, per day (to tell a teach that conflicts). */
  read: Map<string, Partial<Record<ShopMetricKey, number>>>;
  /** Enabled reading rules whose label the page does not show (label renamed: re-teach). */
  unused: TaughtRule[];
}

/** Unlabelled numbers are marked only up to this many (a busy page stays readable). */
const MAX_UNREAD = 80;
/** A label-like text: short, no digits. */
const MAX_LABEL = 16;

/** A document the console reader reads — the page's, or a same-origin frame's — with its read context. */
export interface ReadDocument {
  doc: Document;
  ctx: ReadContext;
}

/**
 * The marks of a page and its same-origin frames (生意参谋's micro-apps; lib/content/frames.ts),
 * read as the console script reads them: each document by itself, taught rules applied to each,
 * then merged (the page before its frames). The first document is the page.
 */
export function collectMarks(docs: readonly ReadDocument[], platform: PlatformAdapter, allRules: readonly TaughtRule[], tolerance: number): PageMarks {
  return oneWalk(() => collect(docs, platform, allRules, tolerance));
}

function collect(docs: readonly ReadDocument[], platform: PlatformAdapter, allRules: readonly TaughtRule[], tolerance: number): PageMarks {
  const rules = rulesForConsole(allRules, platform.id, docs[0]!.ctx.url.hostname);
  const builtInLabels = builtInShopLabels(platform.id);
  const applied = docs.map(({ doc, ctx }) => applyTaughtRules(platform.readDom?.(doc, ctx), doc, ctx, rules, builtInLabels));
  const conflicts = applied.flatMap((a) => a.conflicts);
  const merged = mergeReads(applied.map((a) => a.extraction));
  const read = new Map((merged?.shopDays ?? []).map((d) => [d.date, d.metrics as Partial<Record<ShopMetricKey, number>>]));
  const dayOf = (key: ShopMetricKey, value: number | undefined) => {
    if (value === undefined) return undefined;
    for (const [date, metrics] of read) if (metrics[key] === value) return date;
    return undefined;
  };
  const doubtful = new Map<string, NonNullable<Mark['doubtful']>>();
  for (const [date, metrics] of read) {
    for (const key of crossCheck(metrics, tolerance)) {
      const { numerator, denominator } = (CATALOGUE[key] as { derive: { numerator: ShopMetricKey; denominator: ShopMetricKey } }).derive;
      doubtful.set(`${date}|${key}`, { numerator, denominator, expected: metrics[numerator]! / metrics[denominator]! });
    }
  }

  const marks: Mark[] = [];
  const marked = new Set<Node>();
  const add = (mark: Omit<Mark, 'id' | 'hint'> & { position?: RulePosition }) => {
    if (marked.has(mark.node)) return;
    marked.add(mark.node);
    const { position, ...rest } = mark;
    const check = mark.date !== undefined && mark.metric !== undefined ? doubtful.get(`${mark.date}|${mark.metric}`) : undefined;
    marks.push({ ...rest, ...(check ? { doubtful: check } : {}), id: `m${marks.length}`, hint: { position: position ?? 'near', tag: tagOf(mark.node) } });
  };

  const reading = rules.filter((r) => r.metric !== null);
  const ignored = new Set(rules.filter((r) => r.metric === null).map((r) => r.label));
  const items = new Map((merged?.items ?? []).map((item) => [item.itemId, item]));
  let itemRowsLeft = 0;
  for (const { doc } of docs) markDocument(doc);
  // A rule is unused when no document of the page shows its label.
  const unusedIn = docs.map(({ doc }) => new Set(unusedRules(doc, reading).map((r) => r.id)));
  const unused = reading.filter((r) => unusedIn.every((ids) => ids.has(r.id)));
  return { marks: sortByPosition(marks), read, unused, itemRowsLeft };

  function markDocument(doc: Document): void {
    // Item tables first: their cells are the items' numbers, never a shop number to teach.
    const itemTable = items.size ? markItems(doc, platform.id, items, add) : undefined;
    itemRowsLeft += itemTable?.left ?? 0;
    const inItemTable = (node: Node) => !!itemTable?.element?.contains(node);
    // Numbers read by the seller's rules first: a rule that corrected a built-in read wins the mark.
    for (const t of traceMetricsByLabel(doc, readingLabels(reading))) {
      if (!t.value || t.parsed === undefined) continue;
      const rule = reading.find((r) => r.metric === t.key && r.label === normalizeLabel(t.labelText)) ?? reading.find((r) => r.metric === t.key);
      const conflict = conflicts.find((c) => c.ruleId === rule?.id && c.taught === t.parsed);
      const date = dayOf(t.key, t.parsed) ?? conflict?.date;
      if (date === undefined && !conflict) continue;
      add({ kind: 'taught', node: t.value, text: t.text ?? '', labelText: t.labelText, metric: t.key, date, ...val(t), ruleId: rule?.id, ...(conflict ? { conflict } : {}), position: t.position });
    }

    for (const t of traceMetricsByLabel(doc, builtInLabels)) {
      if (!t.value || ignored.has(normalizeLabel(t.labelText)) || inItemTable(t.value)) continue;
      const base = { node: t.value, text: t.text ?? '', labelText: t.labelText, metric: t.key, confidence: t.confidence, ...val(t), position: t.position };
      if (t.confidence < MIN_CONFIDENCE) add({ kind: 'unsure', ...base });
      else {
        // Read if the read holds this very number (a page reads each dated section by itself).
        const date = dayOf(t.key, t.parsed);
        if (date !== undefined) add({ kind: 'read', ...base, date });
        else add({ kind: 'unread', ...base });
      }
    }

    // Tables of days (Seller Central's Sales and Traffic by Date, 取数 reports): each cell read.
    const table = readTableByHeaders(doc, { date: DATE_COLUMN_WORDS, ...builtInLabels }, { minColumns: 2, maxRows: 400 });
    if (table?.columns.includes('date')) {
      for (const row of table.rows) {
        for (const key of table.columns) {
          if (key === 'date') continue;
          const cell = row.cells[key];
          const value = parseConsoleNumber(row.text[key], kindOf(key));
          const date = dayOf(key as ShopMetricKey, value);
          if (cell && date !== undefined) add({ kind: 'read', node: cell, text: row.text[key] ?? '', labelText: key, metric: key as ShopMetricKey, date, value, position: 'column' });
        }
      }
    }

    addUnlabelled(doc, marked, ignored, peerRegions(doc.body ?? doc), add);
  }
}

/** Item rows marked at most (a 10,000-row list would drown the page and the keyboard in marks). */
export const MAX_ITEM_ROWS = 50;

const amazonItemLabels = once(() => withAmazonWords(ITEM_METRIC_KEYS));
const itemLabels = (platform: PlatformId): LabelSynonyms<ItemMetricKey> => (platform === 'amazon' ? amazonItemLabels() : consoleLabels(platform, 'item'));

/**
 * Item tables: each cell whose number the read took for that row's item (the row shows the
 * item's id, or links to it), under its column's item metric. Returns the table (its cells are
 * never a shop number to teach) and the rows left unmarked.
 */
function markItems(
  doc: Document,
  platform: PlatformId,
  items: ReadonlyMap<string, ExtractedItem>,
  add: (mark: Omit<Mark, 'id' | 'hint'> & { position?: RulePosition }) => void,
): { element?: Element; left: number } {
  const table = readTableByHeaders(doc, itemLabels(platform), { minColumns: 1, scope: 'item' });
  if (!table) return { left: 0 };
  const ids = [...items.keys()];
  let rows = 0;
  let left = 0;
  for (const row of table.rows) {
    const shown = `${row.element.textContent ?? ''} ${Array.from(row.element.querySelectorAll('a[href]'), (a) => a.getAttribute('href')).join(' ')}`;
    const item = items.get(ids.find((id) => shown.includes(id)) ?? '');
    if (!item?.days?.length) continue;
    if (rows >= MAX_ITEM_ROWS) {
      left++;
      continue;
    }
    rows++;
    for (const key of table.columns) {
      const cell = row.cells[key];
      const value = parseConsoleNumber(row.text[key], kindOf(key));
      const day = item.days.find((d) => value !== undefined && d.metrics[key] === value);
      if (!cell || !day) continue;
      const item_ = { id: item.itemId, metric: key, ...(item.title ? { title: item.title } : {}) };
      add({ kind: 'read', node: cell, text: row.text[key] ?? '', labelText: key, date: day.date, value, item: item_, position: 'column' });
    }
  }
  return { element: rows ? (table.rows[0]?.element.closest('table, [role="table"], [role="grid"], [role="treegrid"]') ?? undefined) : undefined, left };
}

const val = (t: LabelTrace<string>) => (t.parsed !== undefined ? { value: t.parsed } : {});

function tagOf(node: Node): string {
  const el = node instanceof Element ? node : node.parentElement;
  const tag = el?.tagName.toLowerCase() ?? 'span';
  return /^[a-z][a-z0-9-]*$/.test(tag) ? tag.slice(0, 32) : 'span';
}

/**
 * Numbers beside a label-like text that nothing read (a metric the catalogue has no word for,
 * or a label the console renamed): dashed marks, to teach. Table cells are left out (a table
 * is read by its headers, and an item list would drown the page in marks). A number in a
 * 同行/行业 section or beside a peer label is another shop's or the market's: marked as such,
 * with no value kept and nothing to teach.
 */
function addUnlabelled(
  doc: Document,
  marked: Set<Node>,
  ignored: Set<string>,
  regions: PeerRegions,
  add: (mark: Omit<Mark, 'id' | 'hint'> & { position?: RulePosition }) => void,
): void {
  const inMarked = (node: Node) => [...marked].some((m) => m !== node && m.contains(node));
  let count = 0;
  for (const node of textNodesOf(doc.body ?? doc)) {
    if (count >= MAX_UNREAD) break;
    const text = node.data.trim();
    if (!text || text.length > 24 || !/\d/.test(text) || marked.has(node)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('table, [role="grid"], [role="table"], script, style, a, button, option, select, textarea') || !isShown(parent)) continue;
    if (isComparisonText(text) || /\d{1,4}[-/:年月]\d{1,2}/.test(text) || parseConsoleNumber(text, 'money') === undefined) continue;
    if (inMarked(node)) continue;
    const label = labelBeside(node);
    if (!label) continue;
    // Said by the words that make it another shop's: the section's heading, or the label itself.
    const peer = regions.headingOf(node) ?? (isPeerText(label.text) ? label.text : undefined);
    if (peer !== undefined) {
      count++;
      add({ kind: 'peer', node, text: '', labelText: peer, position: label.position });
      continue;
    }
    if (ignored.has(normalizeLabel(label.text))) continue;
    count++;
    add({ kind: 'unread', node, text, labelText: label.text, value: parseConsoleNumber(text, 'money'), position: label.position });
  }
}

/** The nearest label-like text before (or else after) a number, within its card (three levels up). */
function labelBeside(node: Text): { text: string; position: RulePosition } | undefined {
  let scope: Element | null = node.parentElement;
  for (let depth = 0; scope && depth < 3; depth++, scope = scope.parentElement) {
    const nodes = textNodesOf(scope);
    const at = nodes.indexOf(node);
    const isLabel = (n: Text) => {
      const t = n.data.trim();
      return t.length > 1 && t.length <= MAX_LABEL && !/\d/.test(t) && !isComparisonText(t) && !isNoValueText(t) && !/^[¥￥$€£%万亿元件人次]+$/.test(t);
    };
    const before = nodes.slice(0, at).reverse().find(isLabel);
    if (before) return { text: before.data.trim(), position: 'after' };
    const after = nodes.slice(at + 1).find(isLabel);
    if (after) return { text: after.data.trim(), position: 'before' };
  }
  return undefined;
}

/** Document order, so Tab walks the marks as the page reads; a frame's marks where the frame sits in the page. */
function sortByPosition(marks: Mark[]): Mark[] {
  const paths = new Map(marks.map((m) => [m, framePath(m.node)]));
  return marks.sort((a, b) => {
    const pa = paths.get(a)!;
    const pb = paths.get(b)!;
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      if (pa[i] === pb[i]) continue;
      return pa[i]!.compareDocumentPosition(pb[i]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
    return 0;
  });
}

/** The frame elements from the page down to the node's document, then the node: comparable level by level. */
function framePath(node: Node): Node[] {
  const path: Node[] = [node];
  for (let frame = frameOf(node.ownerDocument); frame; frame = frameOf(frame.ownerDocument)) path.unshift(frame);
  return path;
}

/** The frame element showing a same-origin document (null for the page itself). */
export function frameOf(doc: Document | null): Element | null {
  try {
    return doc?.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/**
 * Would teaching this label as `metric` conflict with what the page already reads? The same
 * application the reader will make (lib/rules/apply.ts), with the rule as it would be stored.
 */
export function conflictOf(
  { doc, ctx }: ReadDocument,
  platform: PlatformId,
  page: PageMarks,
  labelText: string,
  metric: ShopMetricKey,
): RuleConflict | undefined {
  const probe: TaughtRule = {
    id: Number.MAX_SAFE_INTEGER,
    platform,
    host: ctx.url.hostname,
    pageKind: ctx.pageKind,
    label: normalizeLabel(labelText),
    labelText,
    hint: { position: 'near', tag: 'span' },
    metric,
    enabled: true,
    createdAt: 0,
    applied: 0,
  };
  const extraction = { shopDays: [...page.read].map(([date, metrics]) => ({ date, metrics })), items: [] };
  return oneWalk(() => applyTaughtRules(extraction, doc, ctx, [probe], {}).conflicts[0]);
}
