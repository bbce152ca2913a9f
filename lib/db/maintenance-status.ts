import { storage } from 'wxt/utils/storage';

/**
 * What storage maintenance last did, for the pages to show (the Data section, the banner). The
 * worker writes it (lib/db/maintenance.ts); pages only read it.
 */

export interface MaintenanceStatus {
  /** The last time a write hit the storage quota. */
  quota?: { at: number; recovered: boolean; freed: number; message: string };
  /** The last retention pass. */
  lastPrune?: { at: number; deleted: number };
}

/** Outside IndexedDB on purpose: it must be writable when IndexedDB is full or broken. */
export const maintenanceItem = storage.defineItem<MaintenanceStatus>('local:maintenance', { fallback: {} });
