import type { Cell, Row, Sheet } from 'write-excel-file/universal';
import { cellValue, kindAt, type ExportColumn, type ExportSheet } from './columns';
// write-excel-file's public entry zips with fflate's async zip(), which compresses any file over
// 160 KB (a year of daily rows) in a Web Worker started from a blob: URL. The extension's CSP
// (script-src 'self') forbids blob: workers, and service workers have no Worker at all, so that
// export would never finish. The library's own synchronous generator (same output, fflate zipSync)
// is not in its "exports" map; it is imported by path, and the unit tests pin its behaviour.
// @ts-expect-error — internal module of write-excel-file 4.x, no type declarations
import { generateXlsxFileSync } from '../../node_modules/write-excel-file/modules/export/writeXlsxFileUniversal.js';
// @ts-expect-error — internal module of write-excel-file 4.x, no type declarations
import convertFileContent from '../../node_modules/write-excel-file/modules/export/convertFileContentToUint8ArrayUniversal.js';

type GenerateSync = (sheets: Sheet<Blob>[], options: object, unused: undefined, convert: unknown) => Promise<Blob>;
const generate = generateXlsxFileSync as GenerateSync;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's number formats per column kind (the cell stays a number; only its display changes). */
function numberFormat(kind: ExportColumn<unknown>['kind'], digits: number | undefined): string | undefined {
  switch (kind) {
    case 'integer':
    case 'days':
      return '#,##0';
    case 'money':
      return '#,##0.00';
    case 'percent':
      return digits === 0 ? '0%' : `0.${'0'.repeat(digits ?? 2)}%`;
    case 'number':
    case 'score':
      return digits === 0 ? '0' : `0.${'0'.repeat(digits ?? 2)}`;
    default:
      return undefined;
  }
}

/** 'YYYY-MM-DD' as a UTC midnight Date: write-excel-file turns it into the Excel serial day exactly. */
function excelDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

function dataCell<R>(column: ExportColumn<R>, row: R): Cell {
  const value = cellValue(column, row);
  if (value === undefined) return null;
  const italic = column.derived?.(row) ? ({ fontStyle: 'italic' } as const) : {};
  const kind = kindAt(column, row);
  if (kind === 'date' && typeof value === 'string') {
    const date = excelDate(value);
    return date ? { value: date, type: Date, format: 'yyyy-mm-dd', ...italic } : { value, type: String, ...italic };
  }
  if (typeof value === 'string') return { value, type: String, ...italic };
  return { value, type: Number, format: numberFormat(kind, column.digits), ...italic };
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet1';
}

function toSheet<R>(sheet: ExportSheet<R>): Sheet<Blob> {
  const header: Row = sheet.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold', backgroundColor: '#F2F3F5' }));
  const data: Row[] = [header, ...sheet.rows.map((row) => sheet.columns.map((c) => dataCell(c, row)))];
  return {
    data,
    sheet: sheetName(sheet.name),
    // CJK headers are about two columns wide per character.
    columns: sheet.columns.map((c) => ({ width: c.width ?? Math.max(10, [...c.header].length * 2 + 2) })),
    stickyRowsCount: 1,
  };
}

/** Several tables as one workbook, one sheet each (names must differ). */
export function toXlsxWorkbook(sheets: readonly ExportSheet<unknown>[]): Promise<Blob> {
  if (sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  return generate(sheets.map(toSheet), {}, undefined, convertFileContent);
}

/** One table as an .xlsx Blob: bold frozen header row, number cells with formats, dates as dates. */
export function toXlsxBlob<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], name: string): Promise<Blob> {
  return toXlsxWorkbook([{ name, columns: [...columns], rows }] as ExportSheet<unknown>[]);
}
