import Dexie from 'dexie';
import { parseBackupText } from '@/lib/backup/format';
import { restoreBackup } from '@/lib/backup/restore';
import { BackupTransportError, unpackBackupText } from '@/lib/backup/transport';
import { freeSpace } from '@/lib/db/maintenance';
import { maintenanceItem } from '@/lib/db/maintenance-status';
import { dbHealthItem } from '@/lib/db/open';
import type { ShopMateDB } from '@/lib/db/schema';
import type { dataMessages } from '@/lib/messaging/messages/data';
import { loadSettings, saveSettings, settingsItem } from '@/lib/settings/store';
import type { Handlers } from '../router';

/**
 * Derived caches live in databases of their own named `<db>-…` (e.g. the analysis rollups) and
 * hold copies of the history: "delete all" deletes them too, so nothing is left behind, and a
 * restore does, so nothing stale is shown. They rebuild from the tables; an open connection gives way (Dexie closes on versionchange).
 */
async function deleteDerivedDatabases(name: string): Promise<void> {
  const all = (await globalThis.indexedDB?.databases?.()) ?? [];
  const derived = all.map((d) => d.name).filter((n): n is string => !!n && n.startsWith(`${name}-`));
  await Promise.all(derived.map((n) => Dexie.delete(n)));
}

export const dataHandlers = (db: ShopMateDB): Handlers<typeof dataMessages> => ({
  'data.deleteAll': async ({ includeSettings }) => {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((t) => t.clear()));
    });
    await deleteDerivedDatabases(db.name);
    await maintenanceItem.removeValue();
    if (includeSettings) {
      await settingsItem.removeValue();
      await dbHealthItem.removeValue();
    }
  },
  'backup.restore': async ({ packed, mode, restoreSettings }) => {
    const text = await unpackBackupText(packed).catch((error: unknown) => {
      throw error instanceof BackupTransportError ? new Error(`${error.code}: ${error.message}`) : error;
    });
    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error(`${parsed.code}${parsed.detail ? `: ${parsed.detail}` : ''}`);
    const { backup } = parsed;
    const outcome = await restoreBackup(db, backup, mode);
    // Derived caches were computed from the old rows: drop them, they rebuild from the restored ones.
    await deleteDerivedDatabases(db.name);
    // Settings live in extension storage, written only after the tables committed.
    const settingsRestored = restoreSettings && backup.settings !== undefined;
    if (settingsRestored) await saveSettings(backup.settings!.value);
    return {
      outcome,
      settingsRestored,
      settingsDropped: settingsRestored ? backup.settings!.dropped : [],
      unknownTables: backup.unknownTables,
    };
  },
  'data.freeSpace': async ({ level }) => {
    const { snapshotRetentionDays } = await loadSettings();
    const deleted = await freeSpace(db, level, { retentionDays: snapshotRetentionDays, now: Date.now() });
    const status = await maintenanceItem.getValue();
    await maintenanceItem.setValue({ ...status, quota: undefined, lastPrune: { at: Date.now(), deleted } });
    return { deleted };
  },
});
