import { addDays, isoDate } from '@/lib/dates';
import { parseConsoleNumber, type NumberKind } from '@/lib/extract/number';

/**
 * Values as consoles write them in their JSON responses and exported reports: dates in many
 * spellings, numbers as numbers or as printed strings. Shared by the platform endpoint readers
 * (lib/platforms/<id>/readers.ts) and report import (lib/import). Pure; unknown → undefined.
 */

/** How a day is written when it is ambiguous (03/04/2026): US month first, or day first. */
export type DateOrder = 'mdy' | 'dmy';

const ISO = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SHORT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MONTH_DAY = /^(\d{1,2})[-/.月](\d{1,2})日?$/;

export interface DateOptions {
  /** For 03/04/2026 (default 'mdy', Amazon US). */
  order?: DateOrder;
  /** For dates written without a year ("11-21", "11月21日"): the latest such day on or before this one. */
  today?: string;
}

/**
 * A report or response date → 'YYYY-MM-DD'. Accepts 2026-11-21, 2026/11/21, 2026.11.21,
 * 2026年11月21日, 20261121, ISO date-times (the date part), 11/21/2026 (order decides 03/04/2026),
 * and, with `today`, 11-21 / 11月21日. Everything else (times of day, ranges, text) → undefined.
 */
export function parseReportDate(input: unknown, options: DateOptions = {}): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.normalize('NFKC').trim();
  if (!text || text.length > 40) return undefined;
  let m = ISO.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SHORT_YMD.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED.exec(text);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return (options.order ?? 'mdy') === 'mdy' ? isoDate(y, a, b) : isoDate(y, b, a);
  }
  m = MONTH_DAY.exec(text);
  if (m && options.today) {
    const year = Number(options.today.slice(0, 4));
    const thisYear = isoDate(year, Number(m[1]), Number(m[2]));
    if (thisYear && thisYear <= options.today) return thisYear;
    return isoDate(year - 1, Number(m[1]), Number(m[2]));
  }
  return undefined;
}

/** A day a console can have data for: not in the future, not more than ten years back. */
export const plausibleDay = (date: string | undefined, today: string): date is string =>
  date !== undefined && date <= today && date >= addDays(today, -3650);

/**
 * A metric value from JSON: a finite non-negative number, or a string printed the way the
 * console prints it ("2209.58", "1,234", "11.43%"). Ratios: a string needs its %, a bare
 * number must already be a ratio (0 … 1) — 8.82 could be 8.82 % or nonsense, so it is unknown.
 */
export function jsonNumber(value: unknown, kind: NumberKind): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    if (kind === 'ratio' && value > 1) return undefined;
    return value === 0 ? 0 : value;
  }
  if (typeof value !== 'string' || value.length > 60) return undefined;
  const n = parseConsoleNumber(value, kind);
  return n !== undefined && n >= 0 ? n : undefined;
}

/** A number scaled by a power of ten without float noise (1519911 fen → 15199.11 yuan; 2.54 % → 0.0254). */
export function scaled(n: number | undefined, exponent: number): number | undefined {
  if (n === undefined) return undefined;
  if (n === 0) return 0;
  const out = String(n).includes('e') ? n * 10 ** exponent : Number(`${n}e${exponent}`);
  return Number.isFinite(out) ? out : undefined;
}

/** Drops undefined entries; undefined when nothing is left. */
export function known<K extends string>(values: Partial<Record<K, number | undefined>>): Partial<Record<K, number>> | undefined {
  const out: Partial<Record<K, number>> = {};
  let any = false;
  for (const [key, value] of Object.entries(values) as [K, number | undefined][]) {
    if (value === undefined) continue;
    out[key] = value;
    any = true;
  }
  return any ? out : undefined;
}
