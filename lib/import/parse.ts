import { isoDate } from '@/lib/dates';
import { normalizeLabel } from '@/lib/extract/labels';
import { kindOf } from '@/lib/extract/kinds';
import { parseMoney } from '@/lib/extract/money';
import { foldText, isNoValueText, parseConsoleNumber } from '@/lib/extract/number';
import { currencyOfAmounts, mayBeIn, type Currency } from '@/lib/model/currency';
import type { ItemMetrics, ShopMetrics } from '@/lib/model/metrics';
import type { PlatformId } from '@/lib/model/consoles';
import type { ExtractedItem, Extraction } from '@/lib/platforms/types';
import { REPORT_FORMATS, type ColumnKey, type ReportFormat } from './formats';
import type { Cell, Rows } from './sheet';
import { parseReportDate, plausibleDay } from './values';

/**
 * Rows of an exported report → an Extraction, row by row: a bad row is rejected with its row
 * number (as the seller sees it in Excel) and the reason; every good row is kept. Numbers are
 * read with the console number parser (2,355,109.15 · 9.81% · 1.2万 · $1,234.56); "-", "--",
 * 暂无数据 and empty cells are missing values, not errors. A cell that is neither a number nor a
 * placeholder means the row cannot be trusted (shifted columns, a note typed into the sheet):
 * the whole row is rejected. Pure: no DOM, no browser APIs.
 */

export type RejectCode =
  | 'summary' // 合计/总计 rows
  | 'noDate'
  | 'badDate'
  | 'dateRange'
  | 'dateOutOfRange'
  | 'noItemId'
  | 'badItemId'
  | 'idPrecision' // a long id stored as a number in the sheet lost its last digits
  | 'badNumber'
  | 'negative'
  | 'currency'
  | 'noValues'
  | 'duplicate';

export interface RejectedRow {
  /** 1-based, as the seller sees it in Excel or a text editor. */
  row: number;
  code: RejectCode;
  /** The column header as written in the file, when one column is at fault. */
  column?: string;
  /** The offending value, shortened. */
  value?: string;
  /** For duplicates: the row kept. */
  firstRow?: number;
}

export interface HeaderMatch {
  format: ReportFormat;
  /** 0-based index of the header row. */
  headerRow: number;
  /** Column index per key, and the header text as written. */
  columns: Partial<Record<ColumnKey, { index: number; header: string }>>;
  score: number;
}

export interface ReportParse {
  format: ReportFormat;
  platform: PlatformId;
  extraction: Extraction;
  rejected: RejectedRow[];
  /** Data rows looked at (after the header, without blank rows). */
  rowCount: number;
  /** Days with shop numbers, and items (with or without numbers). */
  days: string[];
  items: number;
  /** Item-day rows imported (itemDay, or itemRange with a chosen day). */
  itemDays: number;
  /** Which column became which metric (the preview shows it), and every header as written. */
  columns: HeaderMatch['columns'];
  headers: string[];
}

export interface ParseOptions {
  /** Restrict detection to one platform's reports (the seller's choice). */
  platform?: PlatformId;
  /** Today, 'YYYY-MM-DD': dates after it (or ten years before it) are refused. */
  today: string;
  /** For range reports (no date column): the day they cover, or null = items without numbers. */
  rangeDate?: string | null;
}

const HEADER_SCAN_ROWS = 30;
const SUMMARY = /^(合计|总计|汇总|总和|平均|均值|total|totals|grand total|sum|average)$/i;

const cellText = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
};
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

/** The best (header row, report format) pair in the first rows of a sheet, or undefined. */
export function matchHeader(rows: Rows, platform?: PlatformId): HeaderMatch[] {
  const matches: HeaderMatch[] = [];
  const formats = REPORT_FORMATS.filter((f) => !platform || f.platform === platform);
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, headerRow) => {
    const headers = row.map((c) => normalizeLabel(foldText(cellText(c))));
    if (headers.filter(Boolean).length < 2) return;
    for (const format of formats) {
      const columns: HeaderMatch['columns'] = {};
      const used = new Set<number>();
      // Synonyms in order: 访客数 is preferred to 商品访客数 when a report has both.
      for (const [key, synonyms] of Object.entries(format.columns) as [ColumnKey, string[]][]) {
        for (const synonym of synonyms) {
          const wanted = normalizeLabel(synonym);
          const index = headers.findIndex((h, i) => h === wanted && !used.has(i));
          if (index >= 0) {
            used.add(index);
            columns[key] = { index, header: cellText(row[index]) };
            break;
          }
        }
      }
      if (!format.required.every((k) => columns[k])) continue;
      const metricColumns = Object.keys(columns).filter((k) => !['date', 'itemId', 'title', 'sku'].includes(k)).length;
      if (metricColumns === 0) continue;
      // Range formats must not swallow a report that has a date column.
      if (format.grain === 'itemRange' && headers.some((h) => ['统计日期', '日期', 'date', '时间'].includes(h))) continue;
      const signature = format.signature.filter((w) => headers.includes(normalizeLabel(w))).length;
      matches.push({ format, headerRow, columns, score: Object.keys(columns).length + 2 * signature });
    }
  });
  return matches.sort((a, b) => b.score - a.score || a.headerRow - b.headerRow);
}

/** Is the best match clear, or do reports of several platforms fit equally well? */
export function ambiguousPlatforms(matches: HeaderMatch[]): PlatformId[] {
  const best = matches[0];
  if (!best) return [];
  const tied = [...new Set(matches.filter((m) => m.score === best.score).map((m) => m.format.platform))];
  return tied.length > 1 ? tied : [];
}

type DateResult = { date: string } | { reject: RejectedRow };

function readDate(cell: Cell | undefined, row: number, header: string, format: ReportFormat, today: string): DateResult {
  let date: string | undefined;
  const text = cellText(cell);
  if (cell instanceof Date) date = isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  else if (typeof cell === 'number') date = excelSerialDate(cell);
  else if (!text) return { reject: { row, code: 'noDate', column: header } };
  else {
    if (/[~～至到]|\d\s+[-–—]\s+\d/.test(text)) return { reject: { row, code: 'dateRange', column: header, value: short(text) } };
    date = parseReportDate(text, { order: format.dateOrder });
  }
  if (!date) return { reject: { row, code: 'badDate', column: header, value: short(text) } };
  if (!plausibleDay(date, today)) return { reject: { row, code: 'dateOutOfRange', column: header, value: date } };
  return { date };
}

/** Excel day serials (a date cell read without its format): 45982 = 2025-11-22. */
function excelSerialDate(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 25569 || serial > 80000) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The currency of a file's amounts: the format's, or what the amounts' marks agree on (Amazon). */
function fileCurrency(rows: Rows, match: HeaderMatch, metricKeys: readonly ColumnKey[]): Currency {
  const { format, columns } = match;
  if (!format.currencyFromCells) return format.currency;
  const money = metricKeys.filter((k) => kindOf(k) === 'money').map((k) => columns[k]!.index);
  const amounts: string[] = [];
  for (let i = match.headerRow + 1; i < rows.length && amounts.length < 500; i++) {
    for (const index of money) amounts.push(cellText(rows[i]?.[index] ?? ''));
  }
  return currencyOfAmounts(amounts, format.currency);
}

type NumberResult = { value?: number } | { reject: RejectedRow };

function readNumber(cell: Cell | undefined, key: ColumnKey, row: number, header: string, currency: Currency): NumberResult {
  const kind = kindOf(key);
  if (cell === null || cell === undefined || cell === '') return {};
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { reject: { row, code: 'badNumber', column: header, value: String(cell) } };
    if (cell < 0) return { reject: { row, code: 'negative', column: header, value: String(cell) } };
    // A rate typed as a number must already be a ratio (a percent-formatted cell is 0.0322).
    if (kind === 'ratio' && cell > 1) return { reject: { row, code: 'badNumber', column: header, value: String(cell) } };
    return { value: cell === 0 ? 0 : cell };
  }
  const text = cellText(cell);
  if (!text || isNoValueText(text)) return {};
  if (kind === 'money') {
    if (!mayBeIn(text, currency)) return { reject: { row, code: 'currency', column: header, value: short(text) } };
    const value = parseMoney(text, currency);
    if (value === undefined) return { reject: { row, code: 'badNumber', column: header, value: short(text) } };
    if (value < 0) return { reject: { row, code: 'negative', column: header, value: short(text) } };
    return { value };
  }
  const value = parseConsoleNumber(text, kind);
  if (value === undefined) return { reject: { row, code: 'badNumber', column: header, value: short(text) } };
  if (value < 0) return { reject: { row, code: 'negative', column: header, value: short(text) } };
  return { value };
}

type IdResult = { id: string } | { reject: RejectedRow };

function readItemId(cell: Cell | undefined, row: number, header: string, format: ReportFormat): IdResult {
  if (typeof cell === 'number') {
    // Spreadsheets store long ids as floating-point numbers: past 2^53 the last digits are gone.
    if (!Number.isSafeInteger(cell)) return { reject: { row, code: 'idPrecision', column: header, value: String(cell) } };
    cell = String(cell);
  }
  const text = cellText(cell).replace(/^'/, '').replace(/^ID[:：]\s*/i, '');
  if (!text) return { reject: { row, code: 'noItemId', column: header } };
  if (/^\d(\.\d+)?e\+\d+$/i.test(text)) return { reject: { row, code: 'idPrecision', column: header, value: text } };
  const pattern = format.itemIdPattern ? new RegExp(format.itemIdPattern) : /^[\w.-]{1,128}$/;
  if (!pattern.test(text)) return { reject: { row, code: 'badItemId', column: header, value: short(text) } };
  return { id: text };
}

const METRIC_KEYS_OF = (format: ReportFormat) =>
  (Object.keys(format.columns) as ColumnKey[]).filter((k) => !['date', 'itemId', 'title', 'sku'].includes(k));

/** Parses the rows below a matched header. */
/** One data row as read: its day, item and numbers, or why it is rejected; blank rows are skipped. */
type RowRead = 'blank' | { reject: RejectedRow } | { date?: string; itemId?: string; values: Record<string, number> };

interface RowContext {
  match: HeaderMatch;
  metricKeys: readonly ColumnKey[];
  currency: Currency;
  /** The day an item-range report covers, chosen by the seller. */
  rangeDate?: string;
  today: string;
}

/** Reads one row: skips blanks, rejects summary lines, then the date, the item id and each number. */
function readRow(cells: readonly Cell[], row: number, ctx: RowContext): RowRead {
  const { format, columns } = ctx.match;
  const texts = cells.map(cellText);
  if (texts.every((t) => !t)) return 'blank';
  const first = texts.find(Boolean) ?? '';
  if (SUMMARY.test(first.replace(/[:：\s]/g, ''))) return { reject: { row, code: 'summary', value: short(first) } };

  let date = ctx.rangeDate;
  if (columns.date) {
    const d = readDate(cells[columns.date.index], row, columns.date.header, format, ctx.today);
    if ('reject' in d) return d;
    date = d.date;
  }

  let itemId: string | undefined;
  if (columns.itemId) {
    const id = readItemId(cells[columns.itemId.index], row, columns.itemId.header, format);
    if ('reject' in id) return id;
    itemId = id.id;
  }

  const values: Record<string, number> = {};
  for (const key of ctx.metricKeys) {
    const col = columns[key]!;
    const n = readNumber(cells[col.index], key, row, col.header, ctx.currency);
    if ('reject' in n) return n;
    if (n.value !== undefined) values[key] = n.value;
  }
  return { date, itemId, values };
}

/** What the rows add up to so far. */
interface Collected {
  rejected: RejectedRow[];
  shopDays: Map<string, { metrics: ShopMetrics; row: number }>;
  items: Map<string, ExtractedItem & { rows: Map<string, number> }>;
  itemDays: number;
}

/** A shop-day row: one row a day, with at least one value. */
function addShopDay(acc: Collected, row: number, date: string, values: Record<string, number>): RejectedRow | undefined {
  if (!Object.keys(values).length) return { row, code: 'noValues' };
  const seen = acc.shopDays.get(date);
  if (seen) return { row, code: 'duplicate', value: date, firstRow: seen.row };
  acc.shopDays.set(date, { metrics: values as ShopMetrics, row });
  return undefined;
}

/** An item row: its title, and its day's numbers once per item and day; the last day it sold. */
function addItemRow(acc: Collected, row: number, cells: readonly Cell[], read: { date?: string; itemId?: string; values: Record<string, number> }, match: HeaderMatch): RejectedRow | undefined {
  const { format, columns } = match;
  const { date, values } = read;
  const itemId = read.itemId!;
  const item = acc.items.get(itemId) ?? { itemId, rows: new Map<string, number>() };
  const title = columns.title ? cellText(cells[columns.title.index]).slice(0, 500) : '';
  if (title && !item.title) item.title = title;
  if (date && Object.keys(values).length) {
    const firstRow = item.rows.get(date);
    if (firstRow !== undefined) return { row, code: 'duplicate', value: `${itemId} ${date}`, firstRow };
    item.rows.set(date, row);
    item.days = [...(item.days ?? []), { date, metrics: values as ItemMetrics }];
    acc.itemDays++;
    const m = values as ItemMetrics;
    if ((m.unitsSold ?? 0) > 0 || (m.paidBuyers ?? 0) > 0) {
      if (!item.lastSaleDate || date > item.lastSaleDate) item.lastSaleDate = date;
    }
  } else if (format.grain === 'itemDay' && !Object.keys(values).length) {
    return { row, code: 'noValues' };
  }
  acc.items.set(itemId, item);
  return undefined;
}

export function parseRows(rows: Rows, match: HeaderMatch, options: ParseOptions): ReportParse {
  const { format, columns } = match;
  const metricKeys = METRIC_KEYS_OF(format).filter((k) => columns[k]);
  const currency = fileCurrency(rows, match, metricKeys);
  const ctx: RowContext = {
    match,
    metricKeys,
    currency,
    rangeDate: format.grain === 'itemRange' ? (options.rangeDate ?? undefined) : undefined,
    today: options.today,
  };
  const acc: Collected = { rejected: [], shopDays: new Map(), items: new Map(), itemDays: 0 };
  let rowCount = 0;

  for (let i = match.headerRow + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    const read = readRow(cells, row, ctx);
    if (read === 'blank') continue;
    rowCount++;
    const reject = 'reject' in read ? read.reject : format.grain === 'shopDay' ? addShopDay(acc, row, read.date!, read.values) : addItemRow(acc, row, cells, read, match);
    if (reject) acc.rejected.push(reject);
  }

  const extractionItems: ExtractedItem[] = [...acc.items.values()].map(({ rows: _rows, ...item }) => ({
    ...item,
    ...(item.days ? { days: [...item.days].sort((a, b) => a.date.localeCompare(b.date)) } : {}),
  }));
  const days = [...acc.shopDays.keys()].sort();
  return {
    format,
    platform: format.platform,
    extraction: {
      ...(currency !== format.currency || format.currencyFromCells ? { currency } : {}),
      shopDays: days.map((date) => ({ date, metrics: acc.shopDays.get(date)!.metrics })),
      items: extractionItems,
    },
    rejected: acc.rejected.sort((a, b) => a.row - b.row),
    rowCount,
    days,
    items: extractionItems.length,
    itemDays: acc.itemDays,
    columns,
    headers: (rows[match.headerRow] ?? []).map(cellText),
  };
}

/** Limits of one importReport message (lib/model/schemas.ts ExtractionSchema). */
const MAX_SHOP_DAYS = 400;
const MAX_ITEMS = 20_000;
const MAX_ITEM_DAYS = 400;

/**
 * Splits an import into messages the background accepts (≤ 400 shop days, ≤ 20,000 items and
 * ≤ 400 days per item each); the capture store merges them as if read one after another.
 */
export function chunkExtraction(extraction: Extraction): Extraction[] {
  const currency = extraction.currency;
  return chunksOf(extraction).map((chunk) => (currency ? { currency, ...chunk } : chunk));
}

function chunksOf(extraction: Extraction): Extraction[] {
  const out: Extraction[] = [];
  for (let i = 0; i < extraction.shopDays.length; i += MAX_SHOP_DAYS) {
    out.push({ shopDays: extraction.shopDays.slice(i, i + MAX_SHOP_DAYS), items: [] });
  }
  // Items with many days are split by day ranges; items go 20,000 at a time.
  const pieces: ExtractedItem[][] = [];
  for (const item of extraction.items) {
    const days = item.days ?? [];
    if (days.length <= MAX_ITEM_DAYS) {
      pieces.push([item]);
      continue;
    }
    for (let d = 0; d < days.length; d += MAX_ITEM_DAYS) {
      pieces.push([{ ...item, days: days.slice(d, d + MAX_ITEM_DAYS) }]);
    }
  }
  let batch: ExtractedItem[] = [];
  let seen = new Set<string>();
  for (const [item] of pieces) {
    if (batch.length >= MAX_ITEMS || seen.has(item!.itemId)) {
      out.push({ shopDays: [], items: batch });
      batch = [];
      seen = new Set();
    }
    batch.push(item!);
    seen.add(item!.itemId);
  }
  if (batch.length) out.push({ shopDays: [], items: batch });
  if (!out.length) out.push({ shopDays: [], items: [] });
  // The first message carries the shop days together with the first items when both fit.
  if (out.length > 1 && out[0]!.items.length === 0 && out[0]!.shopDays.length && out[1]!.shopDays.length === 0) {
    const [first, second, ...rest] = out;
    return [{ shopDays: first!.shopDays, items: second!.items }, ...rest];
  }
  return out;
}
