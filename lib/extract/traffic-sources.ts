import { readTableByHeaders, type LabelSynonyms } from './labels';
import { parseConsoleNumber } from './number';
import { findDateMarkers } from './page-date';

/**
 * 来源构成 (seed 001 §一.3: 关注每日销量，流量，转化率，来源构成): a console's traffic-source table read
 * by its column headers (流量来源 · 访客数 · 支付金额 …), never by CSS classes. Each platform names
 * its headers in lib/platforms/<id>/sources.ts. One row per source as the console names it
 * (手淘搜索, 直通车, 多多搜索 …); a cell that does not parse is missing, never 0; a source row with
 * no readable number is dropped. The day is the page's single date marker (统计日期/更新时间);
 * without one the table is today's (real-time); a range (近7天) is not one day and is not read.
 *
 * @example
 *   readTrafficSources(document, { source: ['流量来源'], uv: ['访客数'], salesAmount: ['支付金额'] }, '2026-11-22')
 *   // → { date: '2026-11-22', rows: [{ source: '手淘搜索', uv: 5200, salesAmount: 8120.5 }, …] }
 */

export const SOURCE_METRICS = ['uv', 'salesAmount', 'paidBuyers'] as const;
export type SourceMetricKey = (typeof SOURCE_METRICS)[number];

export interface SourceRow {
  /** The source as the console names it. */
  source: string;
  uv?: number;
  salesAmount?: number;
  paidBuyers?: number;
}

export interface SourceDay {
  date: string;
  rows: SourceRow[];
}

export type SourceColumns = LabelSynonyms<'source' | SourceMetricKey>;

/** Source names are short labels; longer cell text is not a source name. */
const MAX_SOURCE_NAME = 40;
/** Summary rows consoles print under the table: not a source. */
const TOTAL_ROWS = new Set(['合计', '总计', '汇总', '全部', 'total', 'all']);

export function readTrafficSources(root: ParentNode, columns: SourceColumns, today: string): SourceDay | undefined {
  const table = readTableByHeaders(root, columns, { maxRows: 200 });
  if (!table || !table.columns.includes('source') || !table.columns.includes('uv')) return undefined;
  const markers = findDateMarkers(root, today);
  if (markers.some((m) => m.range)) return undefined;
  const dates = new Set(markers.map((m) => m.date!));
  if (dates.size > 1) return undefined; // several days on one page: which row is which is unknown
  const date = dates.size === 1 ? [...dates][0]! : today;

  const rows: SourceRow[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const source = row.text.source?.replace(/\s+/g, ' ').trim();
    if (!source || source.length > MAX_SOURCE_NAME || TOTAL_ROWS.has(source.toLowerCase()) || seen.has(source)) continue;
    const out: SourceRow = { source };
    const uv = parseConsoleNumber(row.text.uv, 'count');
    if (uv !== undefined && uv >= 0) out.uv = uv;
    const sales = parseConsoleNumber(row.text.salesAmount, 'money');
    if (sales !== undefined && sales >= 0) out.salesAmount = sales;
    const buyers = parseConsoleNumber(row.text.paidBuyers, 'count');
    if (buyers !== undefined && buyers >= 0) out.paidBuyers = buyers;
    if (out.uv === undefined && out.salesAmount === undefined && out.paidBuyers === undefined) continue;
    seen.add(source);
    rows.push(out);
  }
  return rows.length ? { date, rows } : undefined;
}

/**
 * The 来源构成 table of a traffic page read with one platform's headers; nothing on other pages or
 * for a platform that shows none. By headers, not platform id: the console content script bundles
 * only its own platform (lib/content/console-script.ts).
 */
export function readPageSources(columns: SourceColumns | undefined, root: ParentNode, ctx: { pageKind: string; today: string }): SourceDay | undefined {
  return columns && ctx.pageKind === 'traffic' ? readTrafficSources(root, columns, ctx.today) : undefined;
}
