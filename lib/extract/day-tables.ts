import { parseReportDate, plausibleDay, type DateOrder } from '@/lib/import/values';
import { kindOf } from './kinds';
import { readTableByHeaders, resolveLabelIn, MIN_CONFIDENCE, type LabelSynonyms } from './labels';
import { parseConsoleNumber } from './number';
import { peerRegions } from './peer';

/**
 * Tables of days, the two ways consoles draw them:
 * - a date column and one column per metric (生意参谋 取数, 京东商智 trend tables, Amazon's
 *   "Sales and Traffic by Date"): each row is one day;
 * - one row per metric, labelled in its first cell, and one column per day (趋势明细 grids):
 *   each column is one day.
 * Only days that are real and plausible (not after today, not ten years back) are kept; a cell
 * that does not parse is missing. Tables of other shops or of the market (lib/extract/peer.ts) are not read.
 *
 * @example
 *   readDayTables(document, { uv: ['访客数'] }, { today: '2026-11-22' })
 *   // → { days: Map { '2026-11-21' => { uv: 1200 } }, tables: [<table>] }
 */

/** The words a date column is headed with: Chinese consoles, Seller Central en/zh/ja. */
export const DATE_COLUMN_WORDS = ['统计日期', '日期', '时间', '统计时间', 'Date', '日付'] as const;

const WITH_DATE = new WeakMap<object, LabelSynonyms<string>>();

/** The labels plus the date column, one object per label table: the reader caches lookups by identity. */
function withDate<K extends string>(labels: LabelSynonyms<K>): LabelSynonyms<K | 'date'> {
  let table = WITH_DATE.get(labels);
  if (!table) WITH_DATE.set(labels, (table = { date: DATE_COLUMN_WORDS, ...labels }));
  return table as LabelSynonyms<K | 'date'>;
}

export interface DayTableOptions {
  today: string;
  /** Ambiguous dates (03/04/2026): Amazon US writes month first. */
  dateOrder?: DateOrder;
  /** How money cells are read (a console's currency); default the console number parser. */
  money?: (text: string | undefined) => number | undefined;
}

export interface DayTables<K extends string> {
  days: Map<string, Partial<Record<K, number>>>;
  /** The tables read, so the label reader does not read their headers again as one value. */
  tables: Element[];
}

export function readDayTables<K extends string>(root: ParentNode, labels: LabelSynonyms<K>, options: DayTableOptions): DayTables<K> {
  const days = new Map<string, Partial<Record<K, number>>>();
  const tables: Element[] = [];
  const parse = (key: K, text: string | undefined) =>
    kindOf(key) === 'money' && options.money ? options.money(text) : parseConsoleNumber(text, kindOf(key));
  const add = (date: string, key: K, value: number | undefined) => {
    if (value === undefined || value < 0) return;
    const day: Partial<Record<K, number>> = days.get(date) ?? {};
    day[key] ??= value;
    days.set(date, day);
  };
  const dayOf = (text: string | undefined) => {
    const date = parseReportDate(text?.trim(), { order: options.dateOrder, today: options.today });
    return plausibleDay(date, options.today) ? date : undefined;
  };

  // Rows of days.
  const rowsOfDays = readTableByHeaders(root, withDate(labels), { minColumns: 2, maxRows: 400, scope: 'shop' });
  if (rowsOfDays?.columns.includes('date')) {
    const metrics = rowsOfDays.columns.filter((c): c is K => c !== 'date');
    let read = 0;
    for (const row of rowsOfDays.rows) {
      const date = dayOf(row.text.date);
      if (!date) continue;
      read++;
      for (const key of metrics) add(date, key, parse(key, row.text[key]));
    }
    const table = rowsOfDays.rows[0]?.element.closest('table, [role="table"], [role="grid"]');
    if (read && table) tables.push(table);
  }

  // Columns of days.
  const regions = peerRegions(root);
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (tables.includes(table) || regions.contains(table)) continue;
    // Only the first row decides: a table whose header names no day is not one (cheap on a 10,000-row item table).
    const header = table.querySelector('tr');
    if (!header) continue;
    const dates = Array.from(header.children).map((cell) => dayOf(cell.textContent ?? undefined));
    if (dates.filter(Boolean).length === 0) continue;
    const rows = Array.from(table.querySelectorAll('tr'));
    let read = 0;
    for (const row of rows.slice(1)) {
      const cells = Array.from(row.children);
      const label = cells[0]?.textContent ?? '';
      const hit = resolveLabelIn(label, labels, 'shop');
      if (!hit || hit.confidence < MIN_CONFIDENCE) continue;
      cells.forEach((cell, i) => {
        const date = dates[i];
        if (i === 0 || !date) return;
        add(date, hit.key, parse(hit.key, cell.textContent?.replace(/\s+/g, ' ').trim()));
        read++;
      });
    }
    if (read) tables.push(table);
  }
  return { days, tables };
}
