import type { SourceDay } from '@/lib/extract/traffic-sources';
import type { CaptureSource } from '@/lib/model/metrics';
import { isFinalRead } from '@/lib/dates';
import { newerRead } from './capture-store';
import type { ShopMateDB, SourceDailyRow } from './schema';

/**
 * 来源构成 history: one row per shop per day holding that day's whole source table, so shares are
 * always computed from one consistent read (merging sources row by row could mix a morning read
 * of one source with an evening read of another). A read after the day ended beats one during it,
 * then the later read wins — the rule every other daily value follows (newerRead). Re-reading the
 * same table rewrites nothing. Runs inside storeCapture's transaction.
 */
export async function storeSourceDays(db: ShopMateDB, shopKey: string, days: readonly SourceDay[], source: CaptureSource, at: number): Promise<number> {
  if (!days.length) return 0;
  const existing = await db.sourceDaily.bulkGet(days.map((d) => [shopKey, d.date] as [string, string]));
  const rows: SourceDailyRow[] = [];
  days.forEach((day, i) => {
    const prior = existing[i];
    if (prior && !newerRead(day.date, { at }, prior)) return;
    // The same table again, as final (or as live) as before: keep the first read (idempotent re-read).
    if (prior && JSON.stringify(prior.rows) === JSON.stringify(day.rows) && isFinalRead(day.date, prior.at) === isFinalRead(day.date, at)) return;
    rows.push({ shopKey, date: day.date, rows: day.rows.map((r) => ({ ...r })), source, at });
  });
  if (rows.length) await db.sourceDaily.bulkPut(rows);
  return rows.length;
}
