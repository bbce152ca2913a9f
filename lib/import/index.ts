import type { PlatformId } from '@/lib/model/consoles';
import type { ReportFormat } from './formats';
import { ambiguousPlatforms, matchHeader, parseRows, type ReportParse } from './parse';
import { readSheets, type SheetReadError } from './sheet';

/**
 * Report import, end to end and pure (no browser APIs beyond TextDecoder, and DOMParser for
 * HTML-table ".xls"): the file's bytes → which console's report it is → good rows as an
 * Extraction plus the rejected rows with their row numbers and reasons.
 *
 * @example
 *   const result = await readReport({ name: 'BusinessReport.csv', bytes }, { today: '2026-11-22' });
 *   if (result.ok) sendToBackground('importReport', { platform: result.parse.platform, …, extraction: result.parse.extraction });
 */
export { REPORT_FORMATS, IMPORT_PLATFORMS, formatById, type ColumnKey, type ReportFormat } from './formats';
export { chunkExtraction, type RejectCode, type RejectedRow, type ReportParse } from './parse';
export { MAX_REPORT_BYTES } from './sheet';
export { findOutliers, defaultDrops, type Outlier, type OutlierReason } from './outliers';
export { previewOf, withoutDays, PREVIEW_ROWS, type ImportPreview } from './preview';

export type ImportErrorCode = SheetReadError | 'unknownFormat' | 'ambiguous';

export type ImportResult =
  | {
      ok: true;
      parse: ReportParse;
      fileKind: 'csv' | 'xlsx' | 'html';
      encoding?: string;
      sheetName: string;
      /** Range reports (no date column): the seller must say which day, or import items only. */
      needsDate: boolean;
    }
  | { ok: false; code: ImportErrorCode; detail?: string; platforms?: PlatformId[] };

export interface ReadReportOptions {
  /** The seller's choice; undefined = recognise it from the headers. */
  platform?: PlatformId;
  today: string;
  /** For range reports: the one day the report covers, or null for items without numbers. */
  rangeDate?: string | null;
  /** Force a format (after the seller resolved an ambiguity). */
  format?: ReportFormat['id'];
}

export async function readReport(file: { name: string; bytes: Uint8Array }, options: ReadReportOptions): Promise<ImportResult> {
  const sheets = await readSheets(file.bytes);
  if (!sheets.ok) return sheets;
  let best: { sheet: (typeof sheets.sheets)[number]; match: ReturnType<typeof matchHeader> } | undefined;
  for (const sheet of sheets.sheets) {
    const match = matchHeader(sheet.rows, options.platform).filter((m) => !options.format || m.format.id === options.format);
    if (match.length && (!best || match[0]!.score > best.match[0]!.score)) best = { sheet, match };
  }
  if (!best) return { ok: false, code: 'unknownFormat' };
  const tied = ambiguousPlatforms(best.match);
  if (tied.length && !options.platform) return { ok: false, code: 'ambiguous', platforms: tied };
  const match = best.match[0]!;
  const parse = parseRows(best.sheet.rows, match, { today: options.today, rangeDate: options.rangeDate, platform: options.platform });
  return {
    ok: true,
    parse,
    fileKind: sheets.kind,
    encoding: sheets.encoding,
    sheetName: best.sheet.name,
    needsDate: match.format.grain === 'itemRange',
  };
}
