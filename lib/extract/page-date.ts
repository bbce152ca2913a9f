import { isoDate } from '@/lib/dates';
import { plausibleDay } from '@/lib/import/values';
import { foldText } from './number';
import { textNodesOf } from './text-nodes';

/**
 * The day a console section shows, from the words consoles print next to it:
 * "更新时间 2026-11-22 14:02" (real-time, that day), "统计时间 2026-11-21", "统计日期 2026/11/21",
 * "数据更新至 2026-11-21". A range ("2026-11-15 ~ 2026-11-21") is not one day: `range: true`.
 *
 * @example
 *   findDateMarkers(document, '2026-11-22') // → [{ element: <small>, date: '2026-11-22', range: false }]
 */
export interface DateMarker {
  element: Element;
  date?: string;
  range: boolean;
}

const MARKER = /(更新时间|统计时间|统计日期|数据更新至|数据截至|统计周期)[:：\s]*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(\s*(?:~|～|至|到|-|—)\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2}))?/;

export function findDateMarkers(root: ParentNode, today: string): DateMarker[] {
  const out: DateMarker[] = [];
  for (const node of textNodesOf(root)) {
    const text = node.data;
    if (text.length > 120 || !/时间|日期|更新|截至|周期/.test(text)) continue;
    const element = node.parentElement;
    // foldText: full-width digits and colons as ASCII, without NFKC for the plain text most markers are.
    const m = MARKER.exec(foldText(text));
    if (!m || !element) continue;
    const from = isoDate(Number(m[2]), Number(m[3]), Number(m[4]));
    const to = m[5] ? isoDate(Number(m[6]), Number(m[7]), Number(m[8])) : from;
    if (from !== to) out.push({ element, range: true });
    else if (plausibleDay(from, today)) out.push({ element, date: from, range: false });
  }
  return out;
}

/** A UTC epoch (ms) as the business date in China time (UTC+8, no DST): sycm's statDate. */
export function chinaDate(epochMs: number): string | undefined {
  if (!Number.isFinite(epochMs)) return undefined;
  const d = new Date(epochMs + 8 * 3600_000);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/** A date range query parameter ("2026-11-21|2026-11-21") → the single day, else undefined. */
export function singleDay(range: string | null | undefined): string | undefined {
  if (!range) return undefined;
  const [from, to] = range.split('|');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return from && day.test(from) && (to === undefined || to === from) ? from : undefined;
}
