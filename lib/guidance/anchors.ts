import { toBusinessDate } from '@/lib/dates';
import { textNodesOf } from '@/lib/extract/text-nodes';
import type { ShopMetricKey } from '@/lib/model/catalogue';
import type { PageKind } from '@/lib/model/consoles';
import { readableDocuments, urlOf } from '@/lib/content/frames';
import { MIN_CONFIDENCE, traceMetricsByLabel } from '@/lib/extract/labels';
import { collectMarks } from '@/lib/overlay/marks';
import { builtInShopLabels } from '@/lib/rules/labels';
import type { PlatformAdapter, ReadContext } from '@/lib/platforms/types';
import type { PageReads } from '@/lib/content/page-reads';
import type { LabelTrace } from '@/lib/extract/labels';
import type { Mark } from '@/lib/overlay/marks';
import type { MetricHint, PageGuidance, StoredValues } from './types';

/**
 * Where on the console page a hint belongs (issue 19), found the way the reader reads: a metric's
 * number is the one the reader took for that metric and day (the reading overlay's provenance,
 * lib/overlay/marks.ts), an item's row is the table row that shows its id. No class names, no
 * one console's markup. Runs in the guidance file only, after the page is idle.
 */

export const readContextOf = (pageKind: PageKind, href = location.href): ReadContext => ({ url: new URL(href), today: toBusinessDate(Date.now()), pageKind });

export interface MetricAnchor {
  metric: ShopMetricKey;
  date?: string;
  /** The number's text node or cell. */
  node: Node;
}

/** What the page's reader offers the layer (lib/content/page-reads.ts): its latest read, its label trace. */
export type ReaderView = Pick<PageReads, 'latest' | 'traceShop'>;

type AnchorGuidance = Pick<PageGuidance, 'rules' | 'crossCheckTolerance' | 'stored'> & Partial<Pick<PageGuidance, 'metrics'>>;

/**
 * Every number the reader took for a shop metric on this page, with its day. The page is read
 * with its same-origin frames, as the reader reads it; only the page's own numbers are anchors
 * (a frame's lie in the frame's coordinates).
 *
 * Cheaply from the reader's own read and label trace (`reader`) where that places every hinted
 * number: the read's values give each traced number its day, as the reading overlay's marks do.
 * Where it may not — the seller taught this console rules, or the read took a hinted day's number
 * the trace did not place (a table of days) — the page is marked as the reading overlay marks it
 * (lib/overlay/marks.ts), which reads it again.
 *
 * A page drawn from the console's own JSON (拼多多 经营数据, 罗盘 首页: read by the page-world
 * observer, not from the DOM) has no number the DOM read took. There a number is found by meaning:
 * under a label the catalogue gives the metric (the overlay's unread marks that carry a metric),
 * when it equals a value stored for that metric (that value's day), or when it is drawn unreadable
 * (拼多多's obfuscating font: nothing to compare, so no day is claimed and the chip names its own).
 */
export function metricAnchors(doc: Document, platform: PlatformAdapter, pageKind: PageKind, guidance: AnchorGuidance, reader?: ReaderView): MetricAnchor[] {
  const read = reader?.latest();
  // The page's labelled shop numbers, traced at most once, by the reader's own code where there is one.
  let traced: LabelTrace<ShopMetricKey>[] | undefined;
  const traces = () => (traced ??= (reader ? reader.traceShop(doc) : traceMetricsByLabel(doc, builtInShopLabels(platform.id))).filter((t) => t.confidence >= MIN_CONFIDENCE));
  // The reader's read gives each traced number its day; without one (not read yet, or a page whose
  // numbers come from the console's JSON) the page is marked as the overlay marks it.
  if (read && !guidance.rules.length) {
    const days = new Map((read.shopDays ?? []).map((d) => [d.date, d.metrics as Partial<Record<ShopMetricKey, number>>]));
    const dayOf = (key: ShopMetricKey, value: number | undefined) => {
      if (value !== undefined) for (const [date, metrics] of days) if (metrics[key] === value) return date;
      return undefined;
    };
    const seen = new Set<Node>();
    const marks = traces().flatMap((t): FoundNumber[] => {
      if (!t.value || t.value.ownerDocument !== doc || seen.has(t.value)) return [];
      seen.add(t.value);
      const date = dayOf(t.key, t.parsed);
      return [{ kind: date === undefined ? 'unread' : 'read', metric: t.key, node: t.value, ...(date !== undefined ? { date } : {}), ...(t.parsed !== undefined ? { value: t.parsed } : {}) }];
    });
    const anchors = fromMarks(marks, traces, guidance.stored ?? {});
    const placed = (metric: ShopMetricKey, date: string) => anchors.some((a) => a.metric === metric && a.date === date);
    const missed = (guidance.metrics ?? []).some((h) => [h.metric, ...(h.near ?? [])].some((m) => days.get(h.tip.date)?.[m] !== undefined && !placed(m, h.tip.date)));
    if (!missed) return anchors;
  }
  const page = new URL(location.href);
  const docs = readableDocuments(doc).map((d) => ({ doc: d, ctx: readContextOf(pageKind, (d === doc ? page : urlOf(d, page)).href) }));
  const { marks } = collectMarks(docs, platform, guidance.rules, guidance.crossCheckTolerance);
  const own = marks.filter((m) => m.metric && m.node.ownerDocument === doc) as FoundNumber[];
  return fromMarks(own, traces, guidance.stored ?? {});
}

/** A labelled number of the page's own document: read (with its day), taught, or left unread. */
interface FoundNumber {
  kind: Mark['kind'];
  metric: ShopMetricKey;
  node: Node;
  value?: number;
  date?: string;
}

/** The anchors among a page's labelled numbers: those read, else those equal to a stored value, else unreadable ones. */
function fromMarks(own: readonly FoundNumber[], traces: () => readonly LabelTrace<ShopMetricKey>[], stored: StoredValues): MetricAnchor[] {
  const read = own.flatMap((m): MetricAnchor[] => (m.kind === 'read' || m.kind === 'taught' ? [{ metric: m.metric, node: m.node, ...(m.date ? { date: m.date } : {}) }] : []));
  const wanted = (Object.keys(stored) as ShopMetricKey[]).filter((k) => !read.some((a) => a.metric === k));
  if (!wanted.length) return read;
  // A readable number under the metric's label that the DOM read did not take: its day is the stored value's.
  const byValue = own.flatMap((m): MetricAnchor[] => {
    if (m.kind !== 'unread' || m.value === undefined || !wanted.includes(m.metric)) return [];
    const days = stored[m.metric]!;
    const date = Object.keys(days).find((d) => sameNumber(days[d]!, m.value!));
    return date ? [{ metric: m.metric, node: m.node, date }] : [];
  });
  // An unreadable number right beside the metric's label (an obfuscating font): nothing to compare, no day.
  const found = new Set(byValue.map((a) => a.metric));
  const unreadable = traces().flatMap((t): MetricAnchor[] => {
    if (found.has(t.key) || !wanted.includes(t.key) || t.parsed !== undefined) return [];
    const node = obfuscatedBeside(t.label);
    if (!node) return [];
    found.add(t.key);
    return [{ metric: t.key, node }];
  });
  return [...read, ...byValue, ...unreadable];
}

/** Digits drawn as private-use characters (a console's obfuscating web font): shown, unreadable. */
const OBFUSCATED = /[\uE000-\uF8FF]/;

/**
 * The obfuscated number a label names: the first text after the label in its card (or, in a card
 * that puts the number first, the last before it), when that text is drawn in private-use glyphs.
 */
function obfuscatedBeside(label: Element): Text | undefined {
  let scope: Element | null = label.parentElement;
  for (let depth = 0; scope && depth < 2; depth++, scope = scope.parentElement) {
    const nodes = textNodesOf(scope).filter((n) => n.data.trim());
    const inLabel = nodes.filter((n) => label.contains(n));
    if (!inLabel.length) continue;
    const after = nodes[nodes.indexOf(inLabel[inLabel.length - 1]!) + 1];
    const before = nodes[nodes.indexOf(inLabel[0]!) - 1];
    for (const n of [after, before]) if (n && n.data.trim().length <= 24 && OBFUSCATED.test(n.data)) return n;
  }
  return undefined;
}

/** The page's number is the stored one: equal but for float noise (¥15,199.11 against 1519911 fen ÷ 100). */
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * The number a hint about `metric` on `date` sits beside: that day's number if the page shows it,
 * else the page's latest number of that metric (the chip then names the day it is about).
 */
export function anchorFor(anchors: readonly MetricAnchor[], metric: ShopMetricKey, date: string): MetricAnchor | undefined {
  const same = anchors.filter((a) => a.metric === metric);
  return same.find((a) => a.date === date) ?? [...same].sort((a, b) => ((b.date ?? '') > (a.date ?? '') ? 1 : -1))[0];
}

/** A hint's number: its metric's, else that of the next metric its tip cites that the page shows. */
export function anchorForHint(anchors: readonly MetricAnchor[], hint: MetricHint): MetricAnchor | undefined {
  for (const metric of [hint.metric, ...(hint.near ?? [])]) {
    const found = anchorFor(anchors, metric, hint.tip.date);
    if (found) return found;
  }
  return undefined;
}

const ROW = 'tr, [role="row"]';
const TOKEN = /[A-Za-z0-9]{5,25}/g;

export interface ItemAnchor {
  itemId: string;
  row: Element;
  /** Where the item is named in its row (its title link or id text): the marks follow it. */
  name: Node;
}

/**
 * Each listed item's row: the row holding a link whose address carries the id, or a text showing
 * it (a title cell's "ID: …", an id column). One pass over links and texts, ids looked up by token.
 */
export function itemAnchors(doc: Document, itemIds: readonly string[]): ItemAnchor[] {
  const wanted = new Set(itemIds);
  const found = new Map<string, ItemAnchor>();
  // The first place in the row that names the item (its title or id, not the 编辑 link at the end).
  const take = (id: string, node: Node) => {
    const known = found.get(id);
    if (known && !(node.compareDocumentPosition(known.name) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
    const el = node instanceof Element ? node : node.parentElement;
    const row = el?.closest(ROW);
    if (row && !row.querySelector('th') && (!known || known.row === row)) found.set(id, { itemId: id, row, name: node });
  };
  for (const a of doc.querySelectorAll('a[href]')) {
    for (const token of (a.getAttribute('href') ?? '').match(TOKEN) ?? []) if (wanted.has(token)) take(token, a);
  }
  for (const text of textNodesOf(doc.body ?? doc)) {
    for (const token of text.data.match(TOKEN) ?? []) if (wanted.has(token)) take(token, text);
  }
  return itemIds.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
}

/** Words that name a campaign page's subject in its heading (营销活动, 活动报名, Promotions …). */
const CAMPAIGN_WORDS = /活动|营销|促销|报名|大促|promotion|coupon|deal|discount/i;

/**
 * Where the campaign review prompt goes on a campaign page: beside the page's heading — the first
 * shown heading that names campaigns, else the first shown heading — as its first text. Undefined
 * when the page shows no heading (no prompt then: there is no place that is clearly the page's own).
 */
export function headingAnchor(doc: Document): Node | undefined {
  let first: Node | undefined;
  for (const h of doc.querySelectorAll('h1, h2, h3, [role="heading"]')) {
    const text = textNodesOf(h).find((n) => n.data.trim() && rectOf(n));
    if (!text) continue;
    if (CAMPAIGN_WORDS.test(h.textContent ?? '')) return text;
    first ??= text;
  }
  return first;
}

/**
 * The box of the text a node shows (a cell: its first text, not the whole cell), or undefined
 * when not laid out: a chip goes right after the number, not after the cell. A text that wraps
 * (an item title in a narrow column, a 320 px window) gives its last line: the chip goes where
 * the words end, not beside a box as wide as the column.
 */
export function rectOf(node: Node): DOMRect | undefined {
  const doc = node.ownerDocument ?? document;
  let text: Node | undefined = node;
  if (node instanceof Element) text = textNodesOf(node).find((n) => n.data.trim()) ?? node;
  let rect: DOMRect;
  if (text instanceof Element) rect = text.getBoundingClientRect();
  else {
    const range = doc.createRange();
    range.selectNodeContents(text);
    const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0);
    rect = lines.length > 1 ? lines[lines.length - 1]! : range.getBoundingClientRect();
  }
  return rect.width > 0 || rect.height > 0 ? rect : undefined;
}

/**
 * The console's own text and controls around an anchor: its table row with the rows before and
 * after it, or its card (three levels up) — not the whole page, which may list 10,000 rows.
 */
export function obstaclesNear(node: Node): DOMRect[] {
  let scope: Element | null = node instanceof Element ? node : node.parentElement;
  const row = scope?.closest(ROW);
  let scopes: Element[];
  if (row) scopes = [row.previousElementSibling, row, row.nextElementSibling].filter((r): r is Element => !!r);
  else {
    for (let i = 0; i < 3 && scope?.parentElement && scope.parentElement !== document.body; i++) scope = scope.parentElement;
    scopes = scope ? [scope] : [];
  }
  const out: DOMRect[] = [];
  const range = document.createRange();
  for (const el of scopes) {
    for (const text of textNodesOf(el)) {
      if (!text.data.trim()) continue;
      range.selectNodeContents(text);
      out.push(...Array.from(range.getClientRects()));
    }
    for (const control of el.querySelectorAll('a, button, input, select, textarea, label, [role="button"], [role="link"], [tabindex], [onclick]')) {
      // Its boxes as drawn: a link that wraps is two line boxes, not the rectangle around both.
      out.push(...Array.from(control.getClientRects()));
    }
  }
  return out.filter((r) => r.width > 0 && r.height > 0);
}

export interface Spot {
  /** Viewport coordinates of the chip's top left. */
  left: number;
  top: number;
  /** Which of the offered widths fits there (0 = the first, the fullest words). */
  level: number;
  /** No form fits anywhere in the band: a compact dot (DOT_SIZE square) at left/top. */
  dot?: true;
}

/** The compact dot's side (components/guidance/guidance.css .sg-dot). */
export const DOT_SIZE = 10;
const GAP = 4;

export type Box = { left: number; top: number; right: number; bottom: number };

/**
 * Boxes that share any area; boxes that only touch do not. No tolerance: a chip 16 px tall beside
 * a 15 px line that reaches half a pixel into the next line is over that line's words.
 */
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * Where a chip can go without covering any of the console's text or controls, nearest its anchor
 * first: right of it (centred on its line, or flush with its top or bottom when the line is shorter
 * than the chip), under it, above it, fullest words first, then shorter forms; then any free gap in
 * the band (the item's row), nearest first, up to its right end and the margin past it; then a
 * compact dot the same way. Only when even a dot finds no room does it cover (the shortest form
 * right of the anchor), and not even that outside `within` (undefined: no chip). `within` is the page (a chip past its right edge would widen it) and any
 * list the anchor scrolls in (a chip outside it would float over the console's header or margin).
 */
export function freeSpot(
  anchor: DOMRect,
  widths: readonly number[],
  height: number,
  obstacles: readonly DOMRect[],
  /** The band the chip must stay in (an item's row): it never looks like the next row's. */
  band?: { top: number; bottom: number; right?: number },
  within: Box = { left: 0, top: 0, right: Infinity, bottom: Infinity },
): Spot | undefined {
  // A chip kept inside the band can only meet what reaches into it: a row's neighbours are not tried
  // against each of the hundreds of spots the band offers (the search's cost on an item list).
  const inReach = band ? obstacles.filter((o) => o.bottom > band.top - 1 && o.top < band.bottom + 1) : obstacles;
  const inBand = band ? inReach.filter((o) => o.bottom > band.top && o.top < band.bottom) : [];
  const fits = (left: number, top: number, w: number, h: number) => {
    const box = { left, top, right: left + w, bottom: top + h };
    if (left < within.left || top < within.top || box.right > within.right || box.bottom > within.bottom) return false;
    if (band && (box.top < band.top - 1 || box.bottom > band.bottom + 1)) return false;
    return !inReach.some((o) => overlaps(box, o));
  };
  const near = (w: number, h: number) => [
    { left: anchor.right + GAP, top: anchor.top + (anchor.height - h) / 2 },
    { left: anchor.right + GAP, top: anchor.top },
    { left: anchor.right + GAP, top: anchor.bottom - h },
    { left: anchor.left, top: anchor.bottom + 2 },
    { left: anchor.left, top: anchor.top - h - 2 },
  ];
  // Any gap in the band: left edges after each obstacle, tops beside the anchor or clear of each obstacle.
  // The fitting one nearest the anchor, the first listed among equally near ones: what sorting the spots
  // by distance and taking the first that fits gives, without the sort (a sort of a row's few hundred
  // spots, cold, was most of the search on 千牛's list: 1.5–2.7 ms of 2.4–4.1).
  const gap = (w: number, h: number) => {
    if (!band) return undefined;
    const xs = new Set([anchor.right + GAP, anchor.left, ...inBand.map((o) => o.right + GAP), ...(band.right !== undefined ? [band.right - w - GAP, band.right + GAP] : [])]);
    const ys = new Set([anchor.top + (anchor.height - h) / 2, anchor.top, anchor.bottom - h, band.top + 1, band.bottom - h - 1, ...inBand.flatMap((o) => [o.bottom, o.top - h])]);
    const cy = anchor.top + anchor.height / 2;
    // Only tops that keep the chip in its band and lefts inside `within` (fits() would refuse the rest).
    const tops = [...ys].filter((top) => top >= band.top - 1 && top + h <= band.bottom + 1);
    const lefts = [...xs].filter((left) => left >= within.left && left + w <= within.right);
    let best: { left: number; top: number } | undefined;
    let bestDistance = Infinity;
    for (const left of lefts) {
      for (const top of tops) {
        const distance = Math.abs(top + h / 2 - cy) * 2 + Math.abs(left - anchor.right);
        if (distance < bestDistance && fits(left, top, w, h)) {
          best = { left, top };
          bestDistance = distance;
        }
      }
    }
    return best;
  };
  const firstFitting = (spots: (w: number, h: number) => { left: number; top: number }[]) => (w: number, h: number) => spots(w, h).find((c) => fits(c.left, c.top, w, h));
  for (const search of [firstFitting(near), gap]) {
    for (let level = 0; level < widths.length; level++) {
      const spot = search(widths[level]!, height);
      if (spot) return { left: spot.left, top: spot.top, level };
    }
  }
  // A dot may also sit left of the anchor, or under or above it flush with its right end (a number at a
  // narrow card's right edge, where the window ends right after it).
  const beside = (w: number, h: number) => [
    { left: anchor.left - GAP - w, top: anchor.top + (anchor.height - h) / 2 },
    { left: anchor.right - w, top: anchor.bottom + 2 },
    { left: anchor.right - w, top: anchor.top - h - 2 },
  ];
  for (const search of [firstFitting(near), firstFitting(beside), gap]) {
    const spot = search(DOT_SIZE, DOT_SIZE);
    if (spot) return { left: spot.left, top: spot.top, level: widths.length - 1, dot: true };
  }
  const last = { left: anchor.right + GAP, top: anchor.top + (anchor.height - height) / 2, level: widths.length - 1 };
  // Not even that outside the page or the list the anchor scrolls in: no chip (the seller scrolls it into view).
  const inside = last.left >= within.left && last.top >= within.top && last.left + widths[last.level]! <= within.right && last.top + height <= within.bottom;
  return inside ? last : undefined;
}

/** The boxes a node scrolls in inside the page (an item list that scrolls on its own), innermost first. */
export function scrollersOf(node: Node): Element[] {
  const out: Element[] = [];
  const doc = node.ownerDocument ?? document;
  for (let el = node instanceof Element ? node : node.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (/auto|scroll/.test(style.overflowX + style.overflowY)) out.push(el);
  }
  return out;
}

/** `box` cut to what each scroller shows (inside its borders and scrollbars), viewport coordinates. */
export function visibleIn(box: Box, scrollers: readonly Element[]): Box {
  let { left, top, right, bottom } = box;
  for (const el of scrollers) {
    const r = el.getBoundingClientRect();
    left = Math.max(left, r.left + el.clientLeft);
    top = Math.max(top, r.top + el.clientTop);
    right = Math.min(right, r.left + el.clientLeft + el.clientWidth);
    bottom = Math.min(bottom, r.top + el.clientTop + el.clientHeight);
  }
  return { left, top, right, bottom };
}

/** Is the console's own look dark? Its page background, not the browser's preference. */
export function consoleIsDark(doc: Document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
    if (!m || m[4] === '0') continue;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return false;
}
