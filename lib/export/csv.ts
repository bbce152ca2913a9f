import Papa from 'papaparse';
import { cellValue, kindAt, type ExportColumn } from './columns';

/** Excel (and WPS) read a CSV as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR: "-2+3+cmd|…" is the
 * classic one) get a leading quote, so a title like "=HYPERLINK(…)" stays text. Number cells are
 * printed by us and never escaped, so '-12.50%' stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text of one cell as Excel should read it ('' = missing). */
export function csvCell<Row>(column: ExportColumn<Row>, row: Row): string {
  const value = cellValue(column, row);
  if (value === undefined) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  switch (kindAt(column, row)) {
    case 'integer':
    case 'days':
      return String(Math.round(value));
    case 'money':
      return trimZeros(value.toFixed(2));
    case 'percent':
      return `${(value * 100).toFixed(column.digits ?? 2)}%`;
    default:
      return trimZeros(value.toFixed(column.digits ?? 2));
  }
}

/** 3.10 → '3.1', 12.00 → '12' (the number itself is unchanged; Excel shows what it reads). */
const trimZeros = (fixed: string) => (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed);

/**
 * A table as CSV text: UTF-8 BOM, header row of the columns' titles, CRLF line ends, quotes where
 * needed (papaparse). Opens with the right characters and number cells in Excel and WPS.
 */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const data = [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => csvCell(c, row)))];
  return UTF8_BOM + Papa.unparse(data, { newline: '\r\n' }) + '\r\n';
}

/** The CSV as a Blob for download. */
export const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
