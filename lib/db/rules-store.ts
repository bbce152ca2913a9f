import { normalizeLabel } from '@/lib/extract/labels';
import type { ShopMetricKey } from '@/lib/model/catalogue';
import type { CaptureSource } from '@/lib/model/metrics';
import type { PlatformId } from '@/lib/model/consoles';
import { TaughtRuleSchema, type Teach, type TaughtRule } from '@/lib/rules/schema';
import type { ShopMateDB } from './schema';
import { shopKeyFor } from './shops';

/**
 * Taught rules in the database (background only). Teaching a label again on the same console
 * replaces its rule; a correction of a misread also takes the misread value out of that day's
 * history and hands back what is needed to put it back (undo).
 */

/** A value taken out of history by a correction, as it was. */
export interface RemovedValue {
  shopKey: string;
  date: string;
  metric: ShopMetricKey;
  value: number;
  provenance?: { source: CaptureSource; at: number };
}

export interface TeachResult {
  id: number;
  removed?: RemovedValue;
}

export async function teachRule(db: ShopMateDB, input: Teach, now: number): Promise<TeachResult> {
  const label = normalizeLabel(input.labelText);
  if (!label) throw new Error('the label has no text');
  return db.transaction('rw', [db.rules, db.shops, db.shopDaily], async () => {
    const existing = await db.rules.where('[platform+host+label]').equals([input.platform, input.host, label]).first();
    const rule: TaughtRule = TaughtRuleSchema.parse({
      ...(existing?.id !== undefined ? { id: existing.id } : {}),
      platform: input.platform,
      host: input.host,
      pageKind: input.pageKind,
      label,
      labelText: input.labelText.trim(),
      hint: input.hint,
      metric: input.metric,
      ...(input.replaces !== undefined ? { replaces: input.replaces } : {}),
      ...(input.prefer ? { prefer: input.prefer } : {}),
      ...(existing?.name ? { name: existing.name } : {}),
      enabled: true,
      createdAt: now,
      applied: existing?.applied ?? 0,
      ...(existing?.lastAppliedAt !== undefined ? { lastAppliedAt: existing.lastAppliedAt } : {}),
    });
    const id = (await db.rules.put(rule)) as number;
    const removed = input.remove ? await removeValue(db, input.platform, input.remove) : undefined;
    return removed ? { id, removed } : { id };
  });
}

/** Takes one metric out of one shop day (a misread); returns it as it was, or undefined if absent. */
async function removeValue(
  db: ShopMateDB,
  platform: PlatformId,
  { shop, date, metric }: NonNullable<Teach['remove']>,
): Promise<RemovedValue | undefined> {
  const shopKey = await shopKeyFor(db, platform, shop);
  const row = await db.shopDaily.get([shopKey, date]);
  const value = row?.metrics[metric];
  if (!row || value === undefined) return undefined;
  const provenance = row.provenance[metric];
  const metrics = { ...row.metrics };
  delete metrics[metric];
  const rest = { ...row.provenance };
  delete rest[metric];
  const doubtful = row.doubtful?.filter((k) => k !== metric);
  await db.shopDaily.put({ ...row, metrics, provenance: rest, ...(doubtful ? { doubtful } : {}) });
  return { shopKey, date, metric, value, ...(provenance ? { provenance } : {}) };
}

/** Undoes a teach: the rule goes, and a value its correction removed comes back (unless read again since). */
export async function undoTeach(db: ShopMateDB, id: number, removed: RemovedValue | undefined): Promise<void> {
  await db.transaction('rw', [db.rules, db.shopDaily], async () => {
    await db.rules.delete(id);
    if (!removed) return;
    const row = await db.shopDaily.get([removed.shopKey, removed.date]);
    if (!row) return; // the whole day went (deleted meanwhile): nothing to put it back into
    if (row.metrics[removed.metric] !== undefined) return;
    await db.shopDaily.put({
      ...row,
      metrics: { ...row.metrics, [removed.metric]: removed.value },
      provenance: removed.provenance ? { ...row.provenance, [removed.metric]: removed.provenance } : row.provenance,
    });
  });
}

/** The enabled rules of one console, for its pages' reads. */
export async function rulesOfConsole(db: ShopMateDB, platform: PlatformId, host: string, withDisabled = false): Promise<TaughtRule[]> {
  const all = await db.rules.toArray();
  return all.filter((r) => r.platform === platform && r.host === host && (withDisabled || r.enabled));
}

/** Counts reads a rule applied to. */
export async function noteApplied(db: ShopMateDB, ids: readonly number[], at: number): Promise<void> {
  await db.transaction('rw', db.rules, async () => {
    for (const id of ids) await db.rules.update(id, (r) => {
      r.applied += 1;
      r.lastAppliedAt = at;
    });
  });
}

/** The seller's edits in 设置: a name ('' = none), on/off. */
export async function updateRule(db: ShopMateDB, id: number, change: { name?: string; enabled?: boolean }): Promise<void> {
  const rule = await db.rules.get(id);
  if (!rule) throw new Error('no such rule');
  const next: TaughtRule = { ...rule };
  if (change.name !== undefined) {
    const name = change.name.trim();
    if (name) next.name = name;
    else delete next.name;
  }
  if (change.enabled !== undefined) next.enabled = change.enabled;
  await db.rules.put(TaughtRuleSchema.parse(next));
}

export const deleteRule = (db: ShopMateDB, id: number) => db.rules.delete(id);
