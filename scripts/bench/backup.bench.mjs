#!/usr/bin/env node
/**
 * Backup at a large shop's scale: one year of daily history for a shop with 200 items
 * (73,000 item-day rows) plus a year of raw reads. Measures the file size against the
 * restore limits, the packed size sent to the background, and the time to export, pack,
 * validate every row, and restore (replace, then merge
 * the same file again). IndexedDB here is fake-indexeddb (in-memory JS), which is slower than
 * the browser's: the restore figures are an upper bound.
 */
import 'fake-indexeddb/auto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '../..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { ShopMateDB } = await jiti.import('@/lib/db/schema.ts');
const { buildBackup, serializeBackup } = await jiti.import('@/lib/backup/export.ts');
const { parseBackupText, MAX_BACKUP_CHARS } = await jiti.import('@/lib/backup/format.ts');
const { restoreBackup } = await jiti.import('@/lib/backup/restore.ts');
const { packBackupText, unpackBackupText } = await jiti.import('@/lib/backup/transport.ts');
const { MAX_PACKED_CHARS } = await jiti.import('@/lib/backup/limits.ts');
const { DEFAULT_SETTINGS } = await jiti.import('@/lib/settings/schema.ts');

const DAYS = 365;
const ITEMS = 200;
const T0 = Date.UTC(2025, 10, 1);
const day = (i) => new Date(T0 + i * 86_400_000).toISOString().slice(0, 10);
const shopKey = 'taobao:57300001';

const source = new ShopMateDB('bench-source');
await source.transaction('rw', source.tables, async () => {
  await source.shops.add({ key: shopKey, platform: 'taobao', shopId: '57300001', name: '小鹿家居旗舰店', currency: 'CNY', firstSeenAt: T0, lastSeenAt: T0 + DAYS * 86_400_000 });
  const shopDaily = [];
  const itemDaily = [];
  const snapshots = [];
  for (let d = 0; d < DAYS; d++) {
    const at = T0 + d * 86_400_000 + 3_600_000;
    const metrics = { uv: 12000 + d, pv: 36000 + d, salesAmount: 12345.6 + d, paidBuyers: 384, conversionRate: 0.032, aov: 32.15, bounceRate: 0.41, dsr: 4.8 };
    shopDaily.push({ shopKey, date: day(d), metrics, provenance: Object.fromEntries(Object.keys(metrics).map((k) => [k, { source: 'api', at }])), updatedAt: at });
    for (let i = 0; i < ITEMS; i++) {
      const m = { uv: 800 + i, pv: 1600 + i, paidBuyers: 20, unitsSold: 22, salesAmount: 3990, conversionRate: 0.025 };
      itemDaily.push({ shopKey, itemId: String(652300000000 + i), date: day(d), metrics: m, provenance: Object.fromEntries(Object.keys(m).map((k) => [k, { source: 'api', at }])), updatedAt: at });
    }
    for (let r = 0; r < 3; r++) {
      snapshots.push({ capturedAt: at + r, shopKey, platform: 'taobao', pageKind: 'dashboard', url: 'https://sycm.taobao.com/portal/home.htm', source: 'api', shopMetricCount: 8, itemCount: 0, payload: { shopDays: [{ date: day(d), metrics }], items: [] } });
    }
  }
  await source.shopDaily.bulkAdd(shopDaily);
  await source.itemDaily.bulkAdd(itemDaily);
  await source.snapshots.bulkAdd(snapshots);
  await source.items.bulkAdd(Array.from({ length: ITEMS }, (_, i) => ({ shopKey, itemId: String(652300000000 + i), title: `北欧实木床头柜 ${i}`, price: 199, firstSeenAt: T0, updatedAt: T0 })));
});

const time = async (fn) => {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
};

const [text, exportMs] = await time(async () => serializeBackup(await buildBackup(source, DEFAULT_SETTINGS, { now: Date.now(), appVersion: 'bench' })));
const [packed, packMs] = await time(() => packBackupText(text));
const [unpacked, unpackMs] = await time(() => unpackBackupText(packed));
if (unpacked !== text) throw new Error('transport changed the text');
const [parsed, validateMs] = await time(async () => parseBackupText(text));
if (!parsed.ok) throw new Error(parsed.code);
const rows = Object.values(parsed.backup.checks).reduce((n, c) => n + c.valid, 0);
const target = new ShopMateDB('bench-target');
const [, replaceMs] = await time(() => restoreBackup(target, parsed.backup, 'replace'));
const [, mergeMs] = await time(() => restoreBackup(target, parsed.backup, 'merge'));

const mb = Buffer.byteLength(text) / 1024 / 1024;
const perRow = Buffer.byteLength(text) / rows;
console.log(`backup of ${DAYS} days × ${ITEMS} items: ${rows.toLocaleString('en')} rows, ${mb.toFixed(1)} MB (${perRow.toFixed(0)} B/row)`);
console.log(`  fits the restore limit (${MAX_BACKUP_CHARS / 1024 / 1024} MB of JSON): ${text.length <= MAX_BACKUP_CHARS ? 'yes' : 'NO'}; about ${Math.floor(MAX_BACKUP_CHARS / perRow).toLocaleString('en')} rows fit`);
console.log(`  sent packed (gzip+base64): ${(packed.length / 1024 / 1024).toFixed(1)} MB of the ${MAX_PACKED_CHARS / 1024 / 1024} MB message budget · pack ${packMs.toFixed(0)} ms · unpack ${unpackMs.toFixed(0)} ms`);
console.log(`  export ${exportMs.toFixed(0)} ms · validate every row ${validateMs.toFixed(0)} ms (${((validateMs / rows) * 1000).toFixed(1)} µs/row)`);
console.log(`  restore (replace, one transaction) ${replaceMs.toFixed(0)} ms · merge the same file again ${mergeMs.toFixed(0)} ms [fake-indexeddb: upper bound]`);
await source.delete();
await target.delete();
