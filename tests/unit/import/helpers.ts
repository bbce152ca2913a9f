import { readFileSync } from 'node:fs';
import path from 'node:path';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';

export const IMPORT_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');
export const TODAY = '2026-11-22';

export const fixtureFile = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(IMPORT_FIXTURES, name))) });

/** An .xlsx made by write-excel-file (the maintained writer), as bytes. */
export async function xlsxFile(name: string, data: SheetData, sheet = 'Sheet1') {
  const blob = await writeXlsxFile(data, { sheet }).toBlob();
  return { name, bytes: new Uint8Array(await blob.arrayBuffer()) };
}
