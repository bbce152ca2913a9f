import type { MetricKind } from '@/lib/model/catalogue';

/**
 * Numbers as seller consoles print them → plain numbers. Unknown → `undefined`, never 0, never NaN.
 *
 * @example
 *   parseConsoleNumber('1.23万', 'count')               // 12300
 *   parseConsoleNumber('¥1,234.56', 'money')            // 1234.56
 *   parseConsoleNumber('3.45%', 'ratio')                // 0.0345 (percent strings become ratios)
 *   parseConsoleNumber('1.2万 较前一日 +12.3%', 'count') // 12000 (the comparison is ignored)
 *   parseConsoleNumber('１２，３４５．６', 'money')      // 12345.6 (full-width)
 *   parseConsoleNumber('-', 'count')                    // undefined ('-', '--', '—', 暂无数据, N/A)
 *   parseConsoleNumber('0', 'count')                    // 0 (a real zero is 0)
 *
 * Kinds keep a number in its lane: a ratio must carry % (or ‰) — a bare "0.5" could be 0.5 % or
 * 50 % — and counts, money and scores must not.
 */

/**
 * How a console's number reads (its parsing lane): the catalogue's metric kinds, a duration
 * reading as a count of seconds. How a value prints is another vocabulary: lib/format.ts ValueKind.
 */
export type NumberKind = Exclude<MetricKind, 'duration'>;

/** Placeholders consoles print where there is no value. */
const NO_VALUE = new Set(['', '-', '--', '---', '—', '——', '–', '暂无', '暂无数据', '无数据', '无', 'n/a', 'na', 'null', 'nan', 'undefined', '*', '**', '***']);

/**
 * Words that start a comparison with another period or with peers ("较前一日 +12.3%", "环比 -3%",
 * and next to a DSR score "高于同行 12.53%", "低于行业均值", "持平").
 */
const COMPARISON_START = /^(较|环比|同比|比上|比前|相比|对比|日环比|周环比|周同比|月环比|vs\.?(\s|$)|比昨|昨日同|上周同|比同行|高于|低于|持平|优于|劣于|昨日全天|昨日|昨天|前一日|上一日|yesterday|prior day|previous day|前日)/i;

/**
 * Another day's full figure printed beside today's ("昨日全天 2.9万", "昨日：1,234", "Yesterday
 * $1,234"): never today's value, but that day's. "昨日同时段"/"上周同期" (the same hour of another
 * day) are partial figures: comparisons only, matched by COMPARISON_START, not here.
 */
const OTHER_DAY = /^(昨日全天|昨日|昨天|前一日|上一日|yesterday|prior day|previous day|前日)(?!同)[\s:：]*/i;

/** The day offset and the rest of an other-day text ("昨日全天 2.9万" → { offset: -1, rest: '2.9万' }). */
export function otherDayOf(text: string): { offset: number; rest: string } | undefined {
  const t = foldText(text);
  const m = OTHER_DAY.exec(t);
  return m ? { offset: -1, rest: t.slice(m[0].length) } : undefined;
}
const ARROWS = /[↑↓▲▼△▽⬆⬇🔺🔻]/u;
const DOWN_ARROWS = /^[↓▼▽⬇🔻]/u;

/** 1.23万 = 1.23e4: the multiplier is applied as a decimal exponent, so no float error creeps in. */
const MULTIPLIERS: Record<string, number> = {
  万亿: 12,
  亿: 8,
  千万: 7,
  百万: 6,
  万: 4,
  w: 4,
  千: 3,
  k: 3,
  m: 6,
  b: 9,
};

/** Unit words printed after a number ("384人", "3.2亿元", "4.8分"). */
const UNIT_WORD = /^(元|块|人|人次|次|件|笔|单|个|位|家|款|条|分|秒|天|小时|rmb|cny|usd|units?|items?|orders?)/i;

const NUMBER = new RegExp(
  [
    '^',
    '(?<sign1>[-+])?\\s*',
    '(?<currency>¥|\\$|us\\$|rmb|cny|usd)?\\s*',
    '(?<sign2>[-+])?\\s*',
    // 12,345.67 | 12345 | .5 — thousands separators only in groups of three
    '(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)?(?<frac>\\.\\d+)?',
    '\\s*(?<mult>万亿|千万|百万|亿|万|千|[wkmb](?![a-z]))?',
    '\\s*(?<pct>%|‰)?',
  ].join(''),
  'i',
);

/** Text that foldText leaves as it is (NFKC-stable, no odd minus or space): printable ASCII and CJK ideographs. */
const PLAIN = /^[\x20-\x7E\u4E00-\u9FFF]*$/;

/** Full-width digits and punctuation (１２，３４５．６ ％ ￥ －) folded to ASCII; minus signs unified. */
export function foldText(text: string): string {
  // Printable ASCII and CJK ideographs are already folded: most texts skip NFKC and the replaces
  // (the reader folds every candidate text on every page load).
  if (PLAIN.test(text)) return text.trim();
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2010\u2011\uFE63]/g, '-') // minus sign, hyphens
    .replace(/[\u00A0\u2000-\u200B\u3000\uFEFF]/g, ' ')
    .trim();
}

/** Is this text a placeholder for "no value" (-, --, —, 暂无数据, N/A …)? */
export function isNoValueText(text: string): boolean {
  return NO_VALUE.has(foldText(text).replace(/\s+/g, '').toLowerCase());
}

/**
 * Is this text a comparison with another period rather than a value: "较前一日 +12.3%",
 * "环比", "↑12.3%", "+8.00%" (values are never printed with a plus sign)?
 */
export function isComparisonText(text: string): boolean {
  const t = foldText(text);
  return COMPARISON_START.test(t) || ARROWS.test(t.charAt(0)) || /^\+\s*\d/.test(t);
}

/**
 * Parses one console number. Returns undefined for anything it cannot read with certainty:
 * placeholders, dates and times, ranges, exponent notation, ∞, or a number of the wrong kind.
 */
export function parseConsoleNumber(text: string | null | undefined, kind: NumberKind): number | undefined {
  if (text == null) return undefined;
  let t = foldText(String(text));
  if (t.length > 200 || isNoValueText(t)) return undefined;

  // A leading trend arrow is the sign of a change ("↓3%" = -3 %); other arrows are dropped.
  let negative = false;
  if (DOWN_ARROWS.test(t)) negative = true;
  t = t.replace(/^[↑↓▲▼△▽⬆⬇🔺🔻]\s*/u, '');
  // Labels sometimes ride along as "约" (approximately): the number is still the number shown.
  t = t.replace(/^约\s*/, '');

  const m = NUMBER.exec(t);
  const g = m?.groups;
  if (!m || !g || (g.int === undefined && g.frac === undefined)) return undefined;
  if (g.sign1 && g.sign2) return undefined;

  // The tail keeps the space the pattern's optional unit gaps swallowed: "4.7 out of 5" ends in a word.
  if (!isIgnorableTail(t.slice(m[0].trimEnd().length))) return undefined;

  const sign = g.sign1 ?? g.sign2;
  if (sign === '-') negative = !negative;
  const pct = g.pct;
  if (kind === 'ratio' ? !pct : pct) return undefined;
  if (g.currency && kind !== 'money') return undefined;

  let exponent = 0;
  if (g.mult) exponent += MULTIPLIERS[g.mult.toLowerCase()] ?? 0;
  if (pct === '%') exponent -= 2;
  if (pct === '‰') exponent -= 3;
  const digits = `${(g.int ?? '0').replace(/,/g, '')}${g.frac ?? ''}`;
  // "1.23e4" parses to exactly the double nearest 12300, unlike 1.23 * 10000.
  const value = Number(`${digits}e${exponent}`);
  if (!Number.isFinite(value)) return undefined;
  if (value === 0) return 0; // never -0
  return negative ? -value : value;
}

/** What may follow a number: nothing, a unit word, a comparison, an arrow, or a bracketed note after a space. */
function isIgnorableTail(tail: string): boolean {
  let rest = tail;
  const unit = UNIT_WORD.exec(rest);
  if (unit) rest = rest.slice(unit[0].length);
  if (rest === '') return true;
  if (COMPARISON_START.test(rest) || ARROWS.test(rest.charAt(0))) return true;
  if (/^[(（[【]/.test(rest)) return true;
  // After whitespace: another word may follow ("1,234 较前一日"), but not another number
  // ("12 345" or "2026 11 22" are not one value we can be sure of).
  if (/^\s/.test(rest)) {
    const next = rest.trimStart();
    return next === '' || COMPARISON_START.test(next) || ARROWS.test(next.charAt(0)) || !/^[-+.,:/~至到\d]/.test(next);
  }
  return false;
}
