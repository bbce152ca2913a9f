import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_CHARS,
  buildBackup,
  parseBackupText,
  restoreBackup,
  serializeBackup,
  validateBackup,
  type ValidatedBackup,
} from '@/lib/backup';
import { TABLE_RULES } from '@/lib/backup/rows';
import { TABLE_NAMES, latestTableSpecs } from '@/lib/backup/tables';
import { ShopMateDB, VERSIONS } from '@/lib/db/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { realisticV1Rows, SHOP_KEY, type V1Rows } from '../db/realistic-rows';

const opened: ShopMateDB[] = [];
const freshDb = () => {
  const db = new ShopMateDB(`backup-${Math.random()}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function fill(db: ShopMateDB, rows: V1Rows = realisticV1Rows()) {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, list] of Object.entries(rows)) await db.table(name).bulkAdd(list);
  });
}

async function dump(db: ShopMateDB) {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLE_NAMES) out[name] = await db.table(name).toArray();
  return out;
}

const exportText = async (db: ShopMateDB, settings = DEFAULT_SETTINGS) =>
  serializeBackup(await buildBackup(db, settings, { now: Date.UTC(2026, 10, 22), appVersion: '0.1.0' }));

function parsed(text: string): ValidatedBackup {
  const result = parseBackupText(text);
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result.backup;
}

describe('backup file: which tables', () => {
  it('backs up every table the latest schema declares, each with a row schema', () => {
    const db = freshDb();
    expect([...TABLE_NAMES].sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect(Object.keys(TABLE_RULES).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('derives the list from VERSIONS: later versions add, change and (null) delete tables', () => {
    const specs = latestTableSpecs([
      ...VERSIONS,
      { stores: { notes: null, tags: '++id, name', shopDaily: '[shopKey+date], date, updatedAt' } },
    ]);
    const names = specs.map((s) => s.name);
    expect(names).not.toContain('notes');
    expect(specs.find((s) => s.name === 'tags')).toEqual({ name: 'tags', keyPath: 'id', autoIncrement: true });
    expect(specs.find((s) => s.name === 'shopDaily')).toEqual({ name: 'shopDaily', keyPath: ['shopKey', 'date'], autoIncrement: false });
  });
});

describe('backup round trip', () => {
  it('export → JSON text → import (replace) reproduces every row of every table, ids included', async () => {
    const source = freshDb();
    await fill(source);
    const text = await exportText(source, { ...DEFAULT_SETTINGS, language: 'en', snapshotRetentionDays: 30 });
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, schemaVersion: VERSIONS.at(-1)!.version });
    expect(Object.keys(file.tables).sort()).toEqual([...TABLE_NAMES].sort());

    const backup = parsed(text);
    expect(Object.values(backup.checks).every((c) => c.rejectedCount === 0)).toBe(true);
    expect(backup.settings?.value).toMatchObject({ language: 'en', snapshotRetentionDays: 30 });

    const target = freshDb();
    await fill(target, { ...realisticV1Rows(3), notes: [{ id: 99, date: '2026-01-01', at: 1, text: 'old' }] });
    const outcome = await restoreBackup(target, backup, 'replace');
    expect(await dump(target)).toEqual(await dump(source));
    expect(outcome.notes).toMatchObject({ added: 2, removed: 1, rejected: 0 });
  });

  it('a second export of the restored database is byte-identical to the first', async () => {
    const source = freshDb();
    await fill(source);
    const first = await exportText(source);
    const target = freshDb();
    await restoreBackup(target, parsed(first), 'replace');
    expect(await exportText(target)).toBe(first);
  });

  it('merge keeps what is here, adds what is new, and restoring the same file twice adds nothing', async () => {
    const source = freshDb();
    await fill(source);
    const backup = parsed(await exportText(source));

    const target = freshDb();
    const local = realisticV1Rows(3);
    // A note and a visit only this computer has: merge must keep them.
    local.notes = [{ id: 1, date: '2026-11-21', at: Date.UTC(2026, 10, 21), text: '只在本机的笔记' }];
    local.pageVisits = [{ id: 1, date: '2026-11-21', at: Date.UTC(2026, 10, 21), platform: 'jd', pageKind: 'ads', url: 'https://sz.jd.com/' }];
    await fill(target, local);

    const first = await restoreBackup(target, backup, 'merge');
    expect(first.notes).toMatchObject({ added: 2, unchanged: 0 });
    expect(first.pageVisits.added).toBe(backup.tables.pageVisits.length);
    const notes = await target.notes.toArray();
    expect(notes.map((n) => n.text)).toContain('只在本机的笔记');
    expect(new Set(notes.map((n) => n.id)).size).toBe(3);
    expect(await target.shopDaily.count()).toBe(backup.tables.shopDaily.length);

    const before = await dump(target);
    const second = await restoreBackup(target, backup, 'merge');
    for (const name of TABLE_NAMES) expect(second[name]).toMatchObject({ added: 0, updated: 0 });
    expect(await dump(target)).toEqual(before);
  });

  it('merge: per metric, the most recently read value wins, and missing metrics stay missing', async () => {
    const target = freshDb();
    await target.shopDaily.put({
      shopKey: SHOP_KEY,
      date: '2026-11-20',
      metrics: { uv: 13_000, dsr: 4.9 },
      provenance: { uv: { source: 'api', at: 2_000 }, dsr: { source: 'dom', at: 500 } },
      updatedAt: 2_000,
    });
    const result = validateBackup({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: 3_000,
      schemaVersion: 1,
      tables: {
        shopDaily: [
          {
            shopKey: SHOP_KEY,
            date: '2026-11-20',
            metrics: { uv: 12_500, dsr: 4.7, salesAmount: 12_345.6 },
            provenance: { uv: { source: 'dom', at: 1_000 }, dsr: { source: 'dom', at: 1_500 }, salesAmount: { source: 'api', at: 1_500 } },
            updatedAt: 1_500,
          },
        ],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const outcome = await restoreBackup(target, result.backup, 'merge');
    expect(outcome.shopDaily).toMatchObject({ updated: 1, added: 0 });
    const row = await target.shopDaily.get([SHOP_KEY, '2026-11-20']);
    expect(row?.metrics).toEqual({ uv: 13_000, dsr: 4.7, salesAmount: 12_345.6 });
    expect(row?.metrics).not.toHaveProperty('pv');
    expect(row?.updatedAt).toBe(2_000);
  });
});

describe('backup validation: bad rows are rejected with a reason, good ones kept', () => {
  const base = () => JSON.parse(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: 1, schemaVersion: 1, tables: realisticV1Rows(3) }));

  it('reports each rejected row per table with its index and why', () => {
    const file = base();
    file.tables.shopDaily[1].metrics.uv = -5; // negative count
    file.tables.shopDaily[2].date = '22/11/2026'; // not a business date
    file.tables.shops[0].key = 'jd:57300001'; // key disagrees with platform:shopId
    file.tables.notes.push({ ...file.tables.notes[0] }); // duplicate id
    file.tables.items[0].evil = '<script>'; // a field ShopMate does not know
    file.tables.shopDaily[0].metrics.gmv = 1; // unknown metric key
    const result = validateBackup(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { checks, tables } = result.backup;
    expect(checks.shopDaily).toMatchObject({ inFile: 4, valid: 1, rejectedCount: 3 });
    expect(checks.shopDaily.rejected.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(checks.shopDaily.rejected[1]!.reason).toMatch(/uv/);
    expect(checks.shopDaily.rejected[2]!.reason).toMatch(/date/);
    expect(checks.shops.rejected[0]!.reason).toMatch(/key must be/);
    expect(checks.notes.rejected).toEqual([{ index: 2, reason: expect.stringMatching(/duplicate key \[1\]/) }]);
    expect(checks.items.rejected[0]!.reason).toMatch(/evil/);
    expect(tables.items).toHaveLength(2);
    expect(checks.checklistDays.rejectedCount).toBe(0);
  });

  it('names unknown tables, treats missing tables as empty, and salvages settings field by field', () => {
    const file = base();
    delete file.tables.campaigns;
    file.tables.futureTable = [{ x: 1 }];
    file.settings = { language: 'en', thresholds: { heroMinUv: -1, ratingFloor: 4.5 } };
    const result = validateBackup(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.unknownTables).toEqual(['futureTable']);
    // A v1 file also lacks the table v2 added (来源构成): both are treated as empty.
    expect(result.backup.missingTables).toEqual(['campaigns', 'sourceDaily', 'rules']);
    expect(result.backup.tables.campaigns).toEqual([]);
    expect(result.backup.settings?.dropped).toEqual(['thresholds.heroMinUv']);
    expect(result.backup.settings?.value.thresholds).toMatchObject({ heroMinUv: 3000, ratingFloor: 4.5 });
  });

  it('refuses whole files that are not backups, not JSON, too large, or from a newer format', () => {
    expect(parseBackupText('{"format":')).toMatchObject({ ok: false, code: 'notJson' });
    expect(parseBackupText('[]')).toMatchObject({ ok: false, code: 'notBackup' });
    expect(parseBackupText(JSON.stringify({ format: 'other', version: 1 }))).toMatchObject({ ok: false, code: 'notBackup' });
    expect(parseBackupText(JSON.stringify({ ...base(), version: 2 }))).toMatchObject({ ok: false, code: 'newerFormat' });
    expect(parseBackupText(JSON.stringify({ ...base(), tables: [] }))).toMatchObject({ ok: false, code: 'notBackup' });
    expect(parseBackupText(' '.repeat(MAX_BACKUP_CHARS + 1))).toMatchObject({ ok: false, code: 'tooLarge' });
  });

  it('does not let "__proto__" keys in a file reach any prototype', () => {
    const text = `{"format":"shopmate-backup","version":1,"exportedAt":1,"schemaVersion":1,"settings":{"__proto__":{"polluted":1}},
      "tables":{"__proto__":[{"polluted":1}],"checklistDays":[{"date":"2026-11-01","overrides":{"__proto__":{"done":true,"at":1}}}],
      "notes":[{"__proto__":{"x":1},"id":1,"date":"2026-11-01","at":1,"text":"n"}]}}`;
    const result = parseBackupText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.backup.unknownTables).toEqual(['__proto__']);
    // zod drops the key from a record instead of assigning it: the day keeps no such override.
    const day = result.backup.tables.checklistDays[0]!;
    expect(Object.keys(day.overrides!)).toEqual([]);
    expect(Object.getPrototypeOf(day.overrides)).toBe(Object.prototype);
    expect(result.backup.checks.notes.rejectedCount).toBe(1);
  });
});

describe('restore is all or nothing', () => {
  it('a failure while writing the last table leaves every table exactly as it was', async () => {
    const source = freshDb();
    await fill(source);
    const backup = parsed(await exportText(source));
    const target = freshDb();
    await fill(target, realisticV1Rows(2));
    const before = await dump(target);
    const lastTable = target.table(TABLE_NAMES.at(-1)!);
    vi.spyOn(lastTable, 'bulkAdd').mockRejectedValue(new Error('disk full (simulated)'));
    // The spy sits on this Table instance; Dexie hands the same instance inside the transaction.
    await expect(restoreBackup(target, backup, 'replace')).rejects.toThrow(/disk full/);
    expect(await dump(target)).toEqual(before);
  });
});

describe('merge follows the capture rule: a final read beats a real-time one', () => {
  it('the backup’s final reading of a day replaces this computer’s real-time one, and never the reverse', async () => {
    const at = (iso: string) => new Date(iso).getTime();
    const target = new ShopMateDB(`backup-final-${Math.random()}`);
    opened.push(target);
    // Here: uv read during the day (real-time, 22:00); pv read the next morning (final).
    await target.shopDaily.put({
      shopKey: SHOP_KEY,
      date: '2026-11-20',
      metrics: { uv: 12_800, pv: 38_000 },
      provenance: { uv: { source: 'dom', at: at('2026-11-20T22:00:00') }, pv: { source: 'api', at: at('2026-11-21T09:00:00') } },
      updatedAt: at('2026-11-21T09:00:00'),
    });
    // The file: uv final (read the next morning), pv real-time (read late that evening).
    const result = validateBackup({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: 1,
      schemaVersion: 1,
      tables: {
        shopDaily: [
          {
            shopKey: SHOP_KEY,
            date: '2026-11-20',
            metrics: { uv: 13_050, pv: 37_000 },
            provenance: { uv: { source: 'api', at: at('2026-11-21T08:00:00') }, pv: { source: 'dom', at: at('2026-11-20T23:59:00') } },
            updatedAt: at('2026-11-21T08:00:00'),
          },
        ],
      },
    });
    if (!result.ok) throw new Error(result.code);
    await restoreBackup(target, result.backup, 'merge');
    expect((await target.shopDaily.get([SHOP_KEY, '2026-11-20']))?.metrics).toEqual({ uv: 13_050, pv: 38_000 });
  });
});
