import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync, zipSync } from 'fflate';
import { decodeText, type TextEncodingName } from './decode';

/**
 * An exported report file → its sheets as rows of cells, with maintained parsers: CSV/TSV via
 * papaparse, .xlsx via read-excel-file. Old binary .xls (BIFF) has no maintained, safe reader we
 * can ship (SheetJS's npm releases are years behind its fixes), so it is refused with a message
 * asking the seller to 另存为 .xlsx or .csv; an ".xls" that is really an HTML table (some consoles
 * export that) is read from the table.
 */
export type Cell = string | number | boolean | Date | null;
export type Rows = Cell[][];

export type SheetReadError = 'empty' | 'tooLarge' | 'xls' | 'unreadable';
export type SheetRead =
  | { ok: true; kind: 'csv' | 'xlsx' | 'html'; encoding?: TextEncodingName; sheets: { name: string; rows: Rows }[] }
  | { ok: false; code: SheetReadError; detail?: string };

/** Reports are small; anything bigger is not one (and would freeze the page). */
export const MAX_REPORT_BYTES = 25 * 1024 * 1024;
/** Rows read per sheet at most. */
export const MAX_ROWS = 100_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function readSheets(bytes: Uint8Array): Promise<SheetRead> {
  if (bytes.length === 0) return { ok: false, code: 'empty' };
  if (bytes.length > MAX_REPORT_BYTES) return { ok: false, code: 'tooLarge' };
  if (startsWith(bytes, OLE2)) return { ok: false, code: 'xls' };
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  const { text, encoding } = decodeText(bytes);
  if (/^\s*<(?:!doctype|html|table|meta|head|\?xml)/i.test(text)) {
    if (/<Workbook[\s>]/i.test(text) || /urn:schemas-microsoft-com:office:spreadsheet/i.test(text.slice(0, 2000))) {
      // Excel 2003 XML spreadsheet: no maintained reader either.
      return { ok: false, code: 'xls' };
    }
    return readHtmlTables(text, encoding);
  }
  return readCsv(text, encoding);
}

function readCsv(text: string, encoding: TextEncodingName): SheetRead {
  // Blank lines are kept (and skipped later) so row numbers stay the ones Excel shows.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, preview: MAX_ROWS });
  const rows = parsed.data.filter((r) => Array.isArray(r)) as Rows;
  if (!rows.length) return { ok: false, code: 'empty' };
  return { ok: true, kind: 'csv', encoding, sheets: [{ name: 'CSV', rows }] };
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRead> {
  let stored: Uint8Array;
  try {
    // fflate (inside read-excel-file) inflates parts over 512 KB in Web Workers started from blob:
    // URLs. Our extension CSP (script-src 'self') does not list blob:; Chromium let it through in
    // the e2e (a 1.3 MB sheet), but we don't rely on that leniency: the .xml parts are re-packed
    // uncompressed, which fflate slices synchronously.
    const parts = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
    stored = zipSync(parts, { level: 0 });
  } catch (error) {
    return { ok: false, code: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  try {
    const buffer = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
    const sheets = await readXlsxFile(buffer, { trim: true });
    const out = sheets.map((s) => ({ name: s.sheet, rows: (s.data as Rows).slice(0, MAX_ROWS) })).filter((s) => s.rows.length);
    return out.length ? { ok: true, kind: 'xlsx', sheets: out } : { ok: false, code: 'empty' };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'XLS_FILE_NOT_SUPPORTED') return { ok: false, code: 'xls' };
    return { ok: false, code: 'unreadable', detail: code ?? (error instanceof Error ? error.message : String(error)) };
  }
}

function readHtmlTables(text: string, encoding: TextEncodingName): SheetRead {
  if (typeof DOMParser === 'undefined') return { ok: false, code: 'unreadable', detail: 'HTML' };
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const sheets = Array.from(doc.querySelectorAll('table'))
    .map((table, i) => ({
      name: `Table ${i + 1}`,
      rows: Array.from(table.querySelectorAll('tr'))
        .slice(0, MAX_ROWS)
        .map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())) as Rows,
    }))
    .filter((s) => s.rows.length);
  return sheets.length ? { ok: true, kind: 'html', encoding, sheets } : { ok: false, code: 'empty' };
}
