import Papa from 'papaparse';
import type { MonthTable } from './history';

/**
 * The 月度考核表 as a sheet (rows of cells), and as CSV. The same sheet feeds the XLSX
 * writer in the side panel, so both files say the same thing.
 */

export type SheetCell = { text: string } | { number: number; percent?: boolean } | null;

export interface SheetLabels {
  date: string;
  done: string;
  due: string;
  rate: string;
  total: string;
  /** The mark in a done cell. */
  tick: string;
}

export function monthSheet(table: MonthTable, dutyNames: readonly string[], labels: SheetLabels): SheetCell[][] {
  const header: SheetCell[] = [labels.date, ...dutyNames, labels.done, labels.due, labels.rate].map((text) => ({ text }));
  const rows: SheetCell[][] = [header];
  for (const row of table.rows) {
    if (row.state !== 'day') {
      rows.push([{ text: row.date }, ...table.duties.map(() => null), null, null, null]);
      continue;
    }
    rows.push([
      { text: row.date },
      ...table.duties.map((d): SheetCell => (row.done.has(d.id) ? { text: labels.tick } : { text: '' })),
      { number: row.doneCount },
      { number: row.total },
      row.total > 0 ? { number: row.doneCount / row.total, percent: true } : null,
    ]);
  }
  rows.push([
    { text: labels.total },
    ...table.duties.map((d): SheetCell => ({ number: table.perDuty[d.id] ?? 0 })),
    { number: table.doneTotal },
    { number: table.dueTotal },
    table.rate === undefined ? null : { number: table.rate, percent: true },
  ]);
  return rows;
}

const cellText = (c: SheetCell): string =>
  c === null ? '' : 'text' in c ? c.text : c.percent ? `${(c.number * 100).toFixed(1)}%` : String(c.number);

/**
 * CSV with a UTF-8 byte-order mark: without it Excel and WPS read the file as the system's
 * ANSI code page and the Chinese headers turn into mojibake.
 */
export function sheetToCsv(sheet: readonly SheetCell[][]): string {
  return `\uFEFF${Papa.unparse(sheet.map((r) => r.map(cellText)), { newline: '\r\n' })}`;
}
