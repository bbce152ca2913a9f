import { z } from 'zod';
import { LATEST_VERSION } from '@/lib/db/schema';
import { salvageSettings, type Settings } from '@/lib/settings/schema';
import { MAX_BACKUP_CHARS } from './limits';
import { TABLE_RULES } from './rows';
import { TABLE_SPECS, primaryKeyOf, type RowOf, type TableName } from './tables';

/**
 * The backup file: ONE versioned JSON document with every table and the settings.
 * Pure functions (no browser APIs): the options page previews with them, and the background
 * validates again before it writes, because a page's word is never trusted.
 */

export const BACKUP_FORMAT = 'shopmate-backup';
export const BACKUP_VERSION = 1;
export { MAX_BACKUP_CHARS, MAX_PACKED_CHARS } from './limits';
/** Per table, how many rejected rows are listed with their reason (all are counted). */
export const MAX_LISTED_REJECTIONS = 50;

export type BackupTables = { [T in TableName]: RowOf<T>[] };

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  app: { name: 'ShopMate'; version: string };
  /** The database version the rows were read from. */
  schemaVersion: number;
  settings: Settings;
  tables: BackupTables;
}

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exportedAt: z.number().int().min(0),
  app: z.object({ name: z.string().max(50), version: z.string().max(50) }).optional(),
  schemaVersion: z.number().int().min(1),
  settings: z.unknown().optional(),
  tables: z.custom<Record<string, unknown>>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    'tables must be an object of arrays',
  ),
});

export type BackupErrorCode = 'tooLarge' | 'notJson' | 'notBackup' | 'newerFormat';

export interface RejectedRow {
  /** Position in the file's array for that table (0-based). */
  index: number;
  reason: string;
}

export interface TableCheck {
  inFile: number;
  valid: number;
  rejectedCount: number;
  /** The first MAX_LISTED_REJECTIONS rejections with their reasons. */
  rejected: RejectedRow[];
}

export interface ValidatedBackup {
  exportedAt: number;
  appVersion?: string;
  schemaVersion: number;
  /** Present when the file carries settings; `dropped` lists fields reset to their default. */
  settings?: { value: Settings; dropped: string[] };
  tables: BackupTables;
  checks: Record<TableName, TableCheck>;
  /** Tables in the file that this version does not know (nothing is written for them). */
  unknownTables: string[];
  /** Tables this version has that the file lacks (an older backup): treated as empty. */
  missingTables: TableName[];
  /** The file was written by a newer database version: rows it added fields to are rejected. */
  newerSchema: boolean;
}

export type BackupParse = { ok: true; backup: ValidatedBackup } | { ok: false; code: BackupErrorCode; detail?: string };

/** Parses the text of a backup file; never throws. */
export function parseBackupText(text: string): BackupParse {
  if (text.length > MAX_BACKUP_CHARS) {
    return { ok: false, code: 'tooLarge', detail: `${Math.ceil(text.length / 1024 / 1024)} MB` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'notJson', detail: error instanceof Error ? error.message : String(error) };
  }
  return validateBackup(raw);
}

/** Validates every row of a parsed backup; a bad row is rejected with its reason, the rest kept. */
export function validateBackup(raw: unknown): BackupParse {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, code: 'notBackup', detail: z.prettifyError(envelope.error) };
  const file = envelope.data;
  if (file.version < 1) return { ok: false, code: 'notBackup', detail: `format version ${file.version}` };
  if (file.version > BACKUP_VERSION) {
    return { ok: false, code: 'newerFormat', detail: `format version ${file.version}` };
  }

  const tables = {} as Record<TableName, unknown[]>;
  const checks = {} as Record<TableName, TableCheck>;
  const missingTables: TableName[] = [];
  for (const spec of TABLE_SPECS) {
    const name = spec.name as TableName;
    const rules = TABLE_RULES[name] as { schema: z.ZodType };
    const check: TableCheck = { inFile: 0, valid: 0, rejectedCount: 0, rejected: [] };
    const accepted: unknown[] = [];
    checks[name] = check;
    tables[name] = accepted;
    if (!Object.hasOwn(file.tables, name)) {
      missingTables.push(name);
      continue;
    }
    const rows = file.tables[name];
    if (!Array.isArray(rows)) {
      check.rejectedCount = 1;
      check.rejected.push({ index: -1, reason: `${name} must be an array of rows` });
      continue;
    }
    check.inFile = rows.length;
    const seen = new Set<string>();
    const reject = (index: number, reason: string) => {
      check.rejectedCount++;
      if (check.rejected.length < MAX_LISTED_REJECTIONS) check.rejected.push({ index, reason });
    };
    rows.forEach((row, index) => {
      const parsed = rules.schema.safeParse(row);
      if (!parsed.success) return reject(index, z.prettifyError(parsed.error));
      const key = primaryKeyOf(spec, parsed.data as Record<string, unknown>);
      if (seen.has(key)) return reject(index, `duplicate key ${key}`);
      seen.add(key);
      accepted.push(parsed.data);
    });
    check.valid = accepted.length;
  }

  const known = new Set<string>(TABLE_SPECS.map((t) => t.name));
  const unknownTables = Object.keys(file.tables).filter((name) => !known.has(name));
  const settings = file.settings === undefined ? undefined : salvageSettings(file.settings);

  return {
    ok: true,
    backup: {
      exportedAt: file.exportedAt,
      appVersion: file.app?.version,
      schemaVersion: file.schemaVersion,
      settings,
      tables: tables as BackupTables,
      checks,
      unknownTables,
      missingTables,
      newerSchema: file.schemaVersion > LATEST_VERSION,
    },
  };
}

export const totalRejected = (b: ValidatedBackup) =>
  Object.values(b.checks).reduce((n, c) => n + c.rejectedCount, 0);
export const totalValid = (b: ValidatedBackup) => Object.values(b.checks).reduce((n, c) => n + c.valid, 0);

/** `shopmate-backup-2026-11-22.json`, from the local date. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `shopmate-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}
