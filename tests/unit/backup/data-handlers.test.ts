import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { MAX_PACKED_CHARS, buildBackup, packBackupText, serializeBackup } from '@/lib/backup';
import { TABLE_NAMES } from '@/lib/backup/tables';
import { maintenanceItem } from '@/lib/db/maintenance-status';
import { ShopMateDB } from '@/lib/db/schema';
import { CHANNEL } from '@/lib/messaging/protocol';
import { detect } from '@/lib/platforms/registry';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { loadSettings, settingsItem } from '@/lib/settings/store';
import { realisticV1Rows } from '../db/realistic-rows';

const EXT = 'ext-id';
const optionsPage = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
const consoleTab = { id: EXT, url: 'https://sycm.taobao.com/portal/home.htm', tab: { id: 2 } as never };

const dbs: ShopMateDB[] = [];
async function filledDb(days = 10) {
  const db = new ShopMateDB(`data-${Math.random()}`);
  dbs.push(db);
  const rows = realisticV1Rows(days);
  await db.transaction('rw', db.tables, async () => {
    for (const [name, list] of Object.entries(rows)) await db.table(name).bulkAdd(list);
  });
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
const routerFor = (db: ShopMateDB) =>
  createRouter(createHandlers(db), { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, isConsoleUrl: (u) => detect(u) !== undefined });
const send = (type: string, payload: unknown) => ({ channel: CHANNEL, type, payload });
const counts = async (db: ShopMateDB) => Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (n) => [n, await db.table(n).count()])));

describe('data messages through the background router', () => {
  it('backup.restore (replace) writes the file’s rows and its settings, and reports per table', async () => {
    const source = await filledDb(10);
    const text = serializeBackup(
      await buildBackup(source, { ...DEFAULT_SETTINGS, language: 'en' }, { now: 1, appVersion: 'test' }),
    );
    const target = await filledDb(2);
    const packed = await packBackupText(text);
    expect(packed.length).toBeLessThan(text.length / 4);
    const result = await routerFor(target)(send('backup.restore', { packed, mode: 'replace', restoreSettings: true }), optionsPage);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const reply = result.value as { outcome: Record<string, { added: number; removed: number }>; settingsRestored: boolean };
    expect(reply.settingsRestored).toBe(true);
    expect(reply.outcome.shopDaily).toMatchObject({ added: 11, removed: 3 });
    expect(await counts(target)).toEqual(await counts(source));
    expect((await loadSettings()).language).toBe('en');
  });

  it('backup.restore refuses a file that is not a backup, from a console tab, or too large — writing nothing', async () => {
    const db = await filledDb(2);
    const before = await counts(db);
    const route = routerFor(db);
    const notBackup = await route(send('backup.restore', { packed: await packBackupText('{"format":"x"}'), mode: 'replace', restoreSettings: true }), optionsPage);
    expect(!notBackup.ok && notBackup.error).toMatch(/notBackup/);
    const notPacked = await route(send('backup.restore', { packed: '{"format":"shopmate-backup"}', mode: 'replace', restoreSettings: true }), optionsPage);
    expect(!notPacked.ok && notPacked.error).toMatch(/notPacked/);
    const fromPage = await route(send('backup.restore', { packed: await packBackupText('{}'), mode: 'replace', restoreSettings: false }), consoleTab);
    expect(!fromPage.ok && fromPage.error).toMatch(/may not be sent from content/);
    const huge = await route(send('backup.restore', { packed: 'x'.repeat(MAX_PACKED_CHARS + 1), mode: 'merge', restoreSettings: false }), optionsPage);
    expect(!huge.ok && huge.error).toMatch(/too large/);
    expect(await counts(db)).toEqual(before);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('data.deleteAll empties every table (and settings only when asked)', async () => {
    const db = await filledDb(5);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, titleKeywords: ['留香'] });
    await maintenanceItem.setValue({ lastPrune: { at: 1, deleted: 2 } });
    const route = routerFor(db);
    expect((await route(send('data.deleteAll', { confirm: 'yes' }), optionsPage)).ok).toBe(false);
    expect(await db.shopDaily.count()).toBeGreaterThan(0);

    expect(await route(send('data.deleteAll', { confirm: 'DELETE' }), optionsPage)).toEqual({ ok: true, value: undefined });
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
    expect((await loadSettings()).titleKeywords).toEqual(['留香']);
    expect(await maintenanceItem.getValue()).toEqual({});

    await route(send('data.deleteAll', { confirm: 'DELETE', includeSettings: true }), optionsPage);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('data.freeSpace prunes the raw log by the seller’s retention, keeping daily aggregates', async () => {
    const db = await filledDb(10);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, snapshotRetentionDays: 1 });
    const daily = await db.shopDaily.count();
    const result = await routerFor(db)(send('data.freeSpace', { level: 'retention' }), optionsPage);
    expect(result).toEqual({ ok: true, value: { deleted: 11 } });
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.shopDaily.count()).toBe(daily);
    expect((await maintenanceItem.getValue()).lastPrune?.deleted).toBe(11);
  });
});

describe('delete all leaves no derived copy behind', () => {
  it('deletes the databases named after ShopMate’s (derived caches), and no other', async () => {
    const db = await filledDb(2);
    const cache = new Dexie(`${db.name}-derived-test`);
    cache.version(1).stores({ days: '[shopKey+date]' });
    await cache.table('days').put({ shopKey: 'taobao:57300001', date: '2026-11-01', uv: 12000 });
    const unrelated = new Dexie(`unrelated-${Math.random()}`);
    unrelated.version(1).stores({ x: 'id' });
    await unrelated.table('x').put({ id: 1 });

    await routerFor(db)(send('data.deleteAll', { confirm: 'DELETE' }), optionsPage);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(`${db.name}-derived-test`);
    expect(names).toContain(unrelated.name);
    expect(await unrelated.table('x').count()).toBe(1);
    await unrelated.delete();
  });
});

describe('restore leaves no stale derived copy', () => {
  it('deletes the derived databases after the restore committed', async () => {
    const source = await filledDb(3);
    const packed = await packBackupText(serializeBackup(await buildBackup(source, DEFAULT_SETTINGS, { now: 1, appVersion: 'test' })));
    const target = await filledDb(5);
    const cache = new Dexie(`${target.name}-derived-test`);
    cache.version(1).stores({ days: '[shopKey+date]' });
    await cache.table('days').put({ shopKey: 'taobao:57300001', date: '2026-11-01', uv: 1 });
    expect((await routerFor(target)(send('backup.restore', { packed, mode: 'replace', restoreSettings: false }), optionsPage)).ok).toBe(true);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(cache.name);
  });
});
