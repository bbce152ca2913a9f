import { LATEST_VERSION, type ShopMateDB } from '@/lib/db/schema';
import type { Settings } from '@/lib/settings/schema';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupTables } from './format';
import { isSampleRow } from '@/lib/sample/store';
import { TABLE_NAMES } from './tables';

/**
 * Reads every table in ONE read transaction, so the file is a consistent snapshot even while
 * the background keeps writing captures. Runs in the options page: reads are allowed there,
 * and the download needs a DOM (Blob + <a download>), which the service worker lacks.
 */
export async function buildBackup(
  db: ShopMateDB,
  settings: Settings,
  options: { now: number; appVersion: string; includeSample?: boolean },
): Promise<BackupFile> {
  const tables = {} as Record<string, unknown[]>;
  await db.transaction(
    'r',
    TABLE_NAMES.map((name) => db.table(name)),
    async () => {
      for (const name of TABLE_NAMES) {
        const rows = await db.table(name).toArray();
        // The 示例店铺 is made up: left out unless the seller asks for it.
        tables[name] = options.includeSample ? rows : rows.filter((row) => !isSampleRow(name, row));
      }
    },
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: options.now,
    app: { name: 'ShopMate', version: options.appVersion },
    schemaVersion: LATEST_VERSION,
    settings,
    tables: tables as BackupTables,
  };
}

/** The file's text. One row per line keeps it diffable and readable without being bloated. */
export function serializeBackup(file: BackupFile): string {
  const { tables, ...head } = file;
  const body = Object.entries(tables)
    .map(([name, rows]) => {
      const lines = (rows as unknown[]).map((row) => `      ${JSON.stringify(row)}`).join(',\n');
      return `    ${JSON.stringify(name)}: [${rows.length ? `\n${lines}\n    ` : ''}]`;
    })
    .join(',\n');
  const headText = JSON.stringify(head, null, 2).slice(0, -2);
  return `${headText},\n  "tables": {\n${body}\n  }\n}\n`;
}

/**
 * A rescue backup of whatever is on disk (after a failed upgrade), in the same file format:
 * the rows are as the older version stored them, and restore validates them like any file.
 */
export function buildRawBackup(
  raw: { version: number; tables: Record<string, unknown[]> },
  settings: Settings,
  options: { now: number; appVersion: string },
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: options.now,
    app: { name: 'ShopMate', version: options.appVersion },
    schemaVersion: raw.version,
    settings,
    tables: raw.tables as BackupTables,
  };
}
