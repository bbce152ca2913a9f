import fc from 'fast-check';
import { CATALOGUE, SHOP_METRIC_KEYS, type ShopMetricKey } from '@/lib/model/catalogue';

/**
 * Renders one set of shop metrics the many ways consoles draw them, for property tests of the
 * readers: our fixtures are a model of the consoles, not the consoles, so the readers are held
 * to every layout this generator makes rather than to one page.
 *
 * Layouts: label-first and value-first cards (with a comparison or the previous day's figure
 * under them), dt/dd lists, tables with labels in the header row or the first column, the value
 * in the label's own text; values whole or split over sibling elements (¥ | 3.26 | 万, 5.55 | %);
 * labels with a help glyph, a colon, a unit in brackets, a scope word; Chinese or English words;
 * noise around them (a look-alike label with a number, a ranking, a date).
 */

export type Key = Exclude<ShopMetricKey, 'dsr'>;
export const KEYS = SHOP_METRIC_KEYS.filter((k): k is Key => k !== 'dsr');

export const LAYOUTS = ['labelFirst', 'valueFirst', 'dl', 'inline', 'headerRow', 'headerColumn'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface RenderedMetric {
  key: Key;
  /** What the reader must store. */
  value: number;
  label: string;
  layout: Layout;
  split: boolean;
  /** The previous day's figure printed under a value-first card, if any. */
  previousDay?: number;
  comparison: boolean;
}

/** Every word a reader may meet for a key: the Chinese consoles' and Seller Central's English. */
export const wordsOf = (key: Key): string[] => {
  const w = CATALOGUE[key].words as { cn?: readonly string[]; amazonEn?: readonly string[] };
  return [...(w.cn ?? []), ...(w.amazonEn ?? [])];
};

/** The label table the property tests read with (all words of every key). */
export const ALL_WORDS = Object.fromEntries(KEYS.map((k) => [k, wordsOf(k)])) as Record<Key, string[]>;

const labelArb = (key: Key) =>
  fc
    .tuple(fc.constantFrom(...wordsOf(key)), fc.constantFrom('', '：', ':', ' ⓘ', '?', 'help', 'unit', 'scope'))
    .map(([word, decoration]) => ({ word, decoration }));

/** A value in its kind's lane, as an integer count of its smallest printed unit. */
const valueArb = (key: Key) => {
  switch (CATALOGUE[key].kind) {
    case 'ratio':
      return fc.integer({ min: 0, max: 9999 }).map((n) => n / 10_000); // 0.00 %–99.99 %
    case 'money':
      return fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 100);
    case 'score':
      return fc.integer({ min: 0, max: 999 }).map((n) => n / 100);
    default:
      return fc.integer({ min: 0, max: 9_999_999 });
  }
};

export const metricArb = (key: Key) =>
  fc.record({
    key: fc.constant(key),
    value: valueArb(key),
    label: labelArb(key),
    layout: fc.constantFrom(...LAYOUTS),
    split: fc.boolean(),
    wan: fc.boolean(),
    previousDay: fc.option(valueArb(key), { nil: undefined }),
    comparison: fc.boolean(),
  });

export type MetricSpec = ReturnType<typeof metricArb> extends fc.Arbitrary<infer T> ? T : never;

export const pageArb = fc
  .shuffledSubarray(KEYS, { minLength: 1, maxLength: 8 })
  .chain((keys) => fc.tuple(...keys.map(metricArb)))
  .chain((metrics) => fc.tuple(fc.constant(metrics), fc.boolean(), fc.boolean()));

const fmt = (n: number, digits: number) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The value as printed: whole text, or pieces in sibling elements. Returns the pieces. */
export function printed(spec: MetricSpec, value = spec.value): string[] {
  const kind = CATALOGUE[spec.key].kind;
  if (kind === 'ratio') {
    const pct = fmt(value * 100, 2);
    return spec.split ? [pct, '%'] : [`${pct}%`];
  }
  if (kind === 'money') {
    // 万 only where it prints the value exactly (whole hundreds of yuan → 4 decimals at most).
    if (spec.wan && Math.round(value * 100) % 100 === 0) {
      const wan = String(value / 10_000);
      return spec.split ? ['¥', wan, '万'] : [`¥${wan}万`];
    }
    return spec.split ? ['¥', fmt(value, 2)] : [`¥${fmt(value, 2)}`];
  }
  if (kind === 'score') return [fmt(value, 2)];
  if (spec.wan) {
    const wan = String(value / 10_000);
    return spec.split ? [wan, '万'] : [`${wan}万`];
  }
  return [fmt(value, 0)];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function labelHtml(spec: MetricSpec): string {
  const { word, decoration } = spec.label;
  const w = escape(word);
  switch (decoration) {
    case 'help':
      return `<span class="label">${w}<i class="icon-help" aria-label="说明">?</i></span>`;
    case 'unit':
      return `<span class="label">${w}${CATALOGUE[spec.key].kind === 'money' ? '(元)' : ''}</span>`;
    case 'scope':
      // The page is a shop page: 全店 names the shop's own figure.
      return `<span class="label">${/^[a-z]/i.test(word) ? w : `全店${w}`}</span>`;
    default:
      return `<span class="label">${w}${escape(decoration)}</span>`;
  }
}

const valueHtml = (pieces: string[]) => `<span class="value">${pieces.map((p) => `<span>${escape(p)}</span>`).join('')}</span>`;

function cardHtml(spec: MetricSpec): string {
  const value = valueHtml(printed(spec));
  const cmp = spec.comparison ? `<div class="cmp"><span>较前一日</span><span>+${(spec.value % 97) + 1}.5%</span></div>` : '';
  const yesterday = spec.previousDay !== undefined ? `<div class="sub">昨日全天 ${printed({ ...spec, split: false }, spec.previousDay).join('')}</div>` : '';
  switch (spec.layout) {
    case 'valueFirst':
      return `<div class="card">${value}<div>${labelHtml(spec)}</div>${yesterday}${cmp}</div>`;
    case 'dl':
      return `<dl class="card"><dt>${labelHtml(spec)}</dt><dd>${value}</dd></dl>`;
    case 'inline':
      return `<div class="card"><p>${escape(spec.label.word)}：${escape(printed({ ...spec, split: false }).join(''))}</p>${cmp}</div>`;
    default:
      return `<div class="card"><div>${labelHtml(spec)}</div>${value}${yesterday}${cmp}</div>`;
  }
}

/** One page holding every metric in its layout, with noise around them when asked. */
export function renderPage(specs: readonly MetricSpec[], noise: boolean, english: boolean): string {
  const cards = specs.filter((s) => s.layout !== 'headerRow' && s.layout !== 'headerColumn').map(cardHtml);
  const headerRow = specs.filter((s) => s.layout === 'headerRow');
  const headerColumn = specs.filter((s) => s.layout === 'headerColumn');
  const parts: string[] = [];
  if (noise) parts.push(`<header><h1>${english ? 'Business Reports' : '生意参谋 首页'}</h1><span>更新于 14:02</span><span>行业排名 第12名</span></header>`);
  parts.push(`<section class="panel">${cards.join('')}</section>`);
  if (headerRow.length) {
    parts.push(
      `<table><thead><tr>${headerRow.map((s) => `<th>${labelHtml(s)}</th>`).join('')}</tr></thead><tbody><tr>${headerRow.map((s) => `<td>${valueHtml(printed(s))}</td>`).join('')}</tr></tbody></table>`,
    );
  }
  if (headerColumn.length) {
    parts.push(`<table><tbody>${headerColumn.map((s) => `<tr><th>${labelHtml(s)}</th><td>${valueHtml(printed(s))}</td></tr>`).join('')}</tbody></table>`);
  }
  if (noise) {
    // Look-alikes and numbers that are not the metrics: never stored as them.
    parts.push(`<aside><div class="card"><span>访客数排名</span><span>37</span></div><div class="card"><span>无线端支付金额</span><span>¥88.00</span></div><p>客服电话 400-800-1234</p></aside>`);
  }
  return parts.join('');
}
