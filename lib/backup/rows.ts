import { z } from 'zod';
import { CAPTURE_SOURCES, ITEM_METRIC_KEYS, SHOP_METRIC_KEYS } from '@/lib/model/metrics';
import { CURRENCIES } from '@/lib/model/currency';
import {
  BusinessDateSchema,
  ItemMetricsSchema,
  PageKindSchema,
  PlatformIdSchema,
  ShopMetricsSchema,
  SourceRowSchema,
} from '@/lib/model/schemas';
import { newerRead } from '@/lib/db/capture-store';
import { TaughtRuleSchema } from '@/lib/rules/schema';
import type { ShopChecklist } from '@/lib/db/schema';
import type { RowOf, TableName } from './tables';

/**
 * What a valid row of each table looks like in a backup file, and how a restored row is
 * merged with one already on this computer. Objects are strict: a field ShopMate does not
 * know is a reason to reject the row, never something written blindly.
 */

const Timestamp = z.number().int().min(0).max(8_640_000_000_000_000);
const AutoId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ShopKey = z.string().min(1).max(200);
const ItemId = z.string().min(1).max(128);
const Url = z.string().min(1).max(4400);
const Source = z.enum(CAPTURE_SOURCES);
const ProvenanceEntry = z.strictObject({ source: Source, at: Timestamp });

const ShopRowSchema = z
  .strictObject({
    key: ShopKey,
    platform: PlatformIdSchema,
    shopId: ItemId,
    name: z.string().max(200).optional(),
    currency: z.enum(CURRENCIES),
    firstSeenAt: Timestamp,
    lastSeenAt: Timestamp,
    consoleId: ItemId.optional(),
    identifiedAt: Timestamp.optional(),
    label: z.string().min(1).max(200).optional(),
    sample: z.literal(true).optional(),
  })
  .refine((s) => s.key === `${s.platform}:${s.shopId}`, {
    message: 'key must be "<platform>:<shopId>"',
    path: ['key'],
  });

const ShopDailyRowSchema = z.strictObject({
  shopKey: ShopKey,
  date: BusinessDateSchema,
  metrics: ShopMetricsSchema,
  provenance: z.partialRecord(z.enum(SHOP_METRIC_KEYS), ProvenanceEntry),
  updatedAt: Timestamp,
  consoleUpdatedAt: Timestamp.optional(),
  assumed: z.literal(true).optional(),
});

// Alike in shape to ShopDailyRowSchema above but a table of its own (item keys, no console time);
// each row schema mirrors its Dexie table (lib/db/schema.ts) field by field, so they stay apart.
const ItemDailyRowSchema = z.strictObject({
  shopKey: ShopKey,
  itemId: ItemId,
  date: BusinessDateSchema,
  metrics: ItemMetricsSchema,
  provenance: z.partialRecord(z.enum(ITEM_METRIC_KEYS), ProvenanceEntry),
  updatedAt: Timestamp,
});

const ItemRowSchema = z.strictObject({
  shopKey: ShopKey,
  itemId: ItemId,
  title: z.string().max(500).optional(),
  price: z.number().min(0).optional(),
  stock: z.number().min(0).optional(),
  rating: z.number().min(0).max(5).optional(),
  status: z.enum(['onSale', 'delisted', 'draft']).optional(),
  lastSaleDate: BusinessDateSchema.optional(),
  listedDate: BusinessDateSchema.optional(),
  firstSeenAt: Timestamp,
  updatedAt: Timestamp,
});

const SnapshotRowSchema = z.strictObject({
  id: AutoId,
  capturedAt: Timestamp,
  shopKey: ShopKey,
  platform: PlatformIdSchema,
  pageKind: PageKindSchema,
  url: Url,
  source: Source,
  shopMetricCount: z.number().int().min(0),
  itemCount: z.number().int().min(0),
  // The raw read, kept for audit only: nothing reads it back into history, so any JSON value is safe.
  payload: z.json(),
  assumed: z.literal(true).optional(),
});

const PageVisitRowSchema = z.strictObject({
  id: AutoId,
  date: BusinessDateSchema,
  at: Timestamp,
  platform: PlatformIdSchema,
  pageKind: PageKindSchema,
  url: Url,
  shopKey: ShopKey.optional(),
});

// Any id the checklist accepts, but never a key that would reach an object's prototype.
const DutyId = z
  .string()
  .min(1)
  .max(64)
  .refine((id) => id !== '__proto__', 'reserved id');
const Overrides = z.record(DutyId, z.strictObject({ done: z.boolean(), at: Timestamp }));
const Summary = z.strictObject({ done: z.array(DutyId).max(200), total: z.number().int().min(0).max(200) });
const ChecklistDayRowSchema = z.strictObject({
  date: BusinessDateSchema,
  overrides: Overrides.optional(),
  summary: Summary.optional(),
  // Each shop's list (v3), by shop key; never a key that would reach an object's prototype.
  shops: z
    .record(
      ShopKey.refine((k) => k !== '__proto__', 'reserved key'),
      z.strictObject({ overrides: Overrides, summary: Summary.optional() }),
    )
    .optional(),
});

const TitleEditRowSchema = z.strictObject({
  id: AutoId,
  shopKey: ShopKey,
  platform: PlatformIdSchema,
  itemId: ItemId,
  at: Timestamp,
  oldTitle: z.string().max(500),
  newTitle: z.string().max(500),
  fields: z.array(z.enum(['title', 'price', 'mainImage', 'other'])).max(10),
});

const CampaignRowSchema = z
  .strictObject({
    id: AutoId,
    shopKey: ShopKey,
    platform: PlatformIdSchema,
    name: z.string().min(1).max(100),
    start: BusinessDateSchema,
    end: BusinessDateSchema,
    itemIds: z.array(ItemId).max(500),
    notes: z.string().max(10_000),
    reviewedAt: Timestamp.optional(),
    createdAt: Timestamp,
  })
  .refine((c) => c.start <= c.end, { message: 'start must not be after end', path: ['end'] });

const NoteRowSchema = z.strictObject({
  id: AutoId,
  date: BusinessDateSchema,
  at: Timestamp,
  text: z.string().min(1).max(10_000),
  shopKey: ShopKey.optional(),
});

/** A day's 来源构成 (lib/db/source-store.ts): the whole table of the read that won. */
const SourceDailyRowSchema = z.strictObject({
  shopKey: ShopKey,
  date: BusinessDateSchema,
  rows: z.array(SourceRowSchema).min(1).max(200),
  source: Source,
  at: Timestamp,
});

export interface TableRules<R> {
  schema: z.ZodType<R>;
  /**
   * Keyed tables: combine the row on this computer with the restored one (merge mode).
   * Auto-increment tables instead name what makes two rows "the same event", so restoring
   * the same backup twice adds nothing the second time.
   */
  merge?: (existing: R, incoming: R) => R;
  sameEvent?: (row: R) => string;
}

type Rules = { [T in TableName]: TableRules<RowOf<T>> };

/**
 * Per metric, the same rule as a live capture (lib/db/capture-store.ts newerRead): a value read
 * after its day ended beats one read during the day, then the more recent read wins.
 */
function mergeDaily<R extends { date: string; metrics: object; provenance: object; updatedAt: number }>(existing: R, incoming: R): R {
  const metrics: Record<string, number> = { ...(existing.metrics as Record<string, number>) };
  const provenance: Record<string, { at: number }> = { ...(existing.provenance as Record<string, { at: number }>) };
  const inMetrics = incoming.metrics as Record<string, number>;
  const inProvenance = incoming.provenance as Record<string, { at: number }>;
  for (const [key, value] of Object.entries(inMetrics)) {
    const mine = provenance[key];
    const theirs = inProvenance[key] ?? { at: 0 };
    if (key in metrics && mine && !newerRead(existing.date, theirs, mine)) continue;
    metrics[key] = value;
    if (inProvenance[key]) provenance[key] = inProvenance[key];
    else delete provenance[key];
  }
  return { ...existing, metrics, provenance, updatedAt: Math.max(existing.updatedAt, incoming.updatedAt) };
}

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a > b ? a : b);

export const TABLE_RULES: Rules = {
  shops: {
    schema: ShopRowSchema,
    merge: (mine, theirs) => ({
      ...mine,
      ...theirs,
      name: (theirs.lastSeenAt >= mine.lastSeenAt ? theirs.name ?? mine.name : mine.name ?? theirs.name),
      firstSeenAt: Math.min(mine.firstSeenAt, theirs.firstSeenAt),
      lastSeenAt: Math.max(mine.lastSeenAt, theirs.lastSeenAt),
      ...(mine.identifiedAt !== undefined || theirs.identifiedAt !== undefined
        ? { identifiedAt: Math.max(mine.identifiedAt ?? 0, theirs.identifiedAt ?? 0) }
        : {}),
    }),
  },
  shopDaily: { schema: ShopDailyRowSchema, merge: mergeDaily },
  // The same rule as a live read: final beats real-time, then the later read; tables never mix.
  sourceDaily: { schema: SourceDailyRowSchema, merge: (mine, theirs) => (newerRead(mine.date, theirs, mine) ? theirs : mine) },
  itemDaily: { schema: ItemDailyRowSchema, merge: mergeDaily },
  items: {
    schema: ItemRowSchema,
    merge: (mine, theirs) => {
      const [older, newer] = theirs.updatedAt >= mine.updatedAt ? [mine, theirs] : [theirs, mine];
      return {
        ...older,
        ...newer,
        lastSaleDate: later(mine.lastSaleDate, theirs.lastSaleDate),
        firstSeenAt: Math.min(mine.firstSeenAt, theirs.firstSeenAt),
      };
    },
  },
  snapshots: {
    schema: SnapshotRowSchema,
    sameEvent: (r) => JSON.stringify([r.capturedAt, r.shopKey, r.url, r.source, r.pageKind]),
  },
  pageVisits: {
    schema: PageVisitRowSchema,
    sameEvent: (r) => JSON.stringify([r.at, r.url, r.pageKind]),
  },
  checklistDays: {
    schema: ChecklistDayRowSchema,
    merge: (mine, theirs) => {
      const mergeList = (a: ShopChecklist | undefined, b: ShopChecklist | undefined): ShopChecklist => {
        const overrides = { ...a?.overrides };
        for (const [duty, tick] of Object.entries(b?.overrides ?? {})) {
          if (!overrides[duty] || overrides[duty].at <= tick.at) overrides[duty] = tick;
        }
        const summary = b?.summary ?? a?.summary;
        return { overrides, ...(summary ? { summary } : {}) };
      };
      const top = mine.overrides || theirs.overrides || mine.summary || theirs.summary
        ? mergeList(mine.overrides ? { overrides: mine.overrides, summary: mine.summary } : undefined, theirs.overrides ? { overrides: theirs.overrides, summary: theirs.summary } : undefined)
        : undefined;
      const keys = new Set([...Object.keys(mine.shops ?? {}), ...Object.keys(theirs.shops ?? {})]);
      const shops = Object.fromEntries([...keys].map((k) => [k, mergeList(mine.shops?.[k], theirs.shops?.[k])]));
      return { date: mine.date, ...(top ? { overrides: top.overrides, ...(top.summary ? { summary: top.summary } : {}) } : {}), ...(keys.size ? { shops } : {}) };
    },
  },
  titleEdits: {
    schema: TitleEditRowSchema,
    sameEvent: (r) => JSON.stringify([r.shopKey, r.itemId, r.at]),
  },
  campaigns: {
    schema: CampaignRowSchema,
    sameEvent: (r) => JSON.stringify([r.shopKey, r.name, r.start, r.end, r.createdAt]),
  },
  notes: {
    schema: NoteRowSchema,
    sameEvent: (r) => JSON.stringify([r.at, r.text]),
  },
  // Taught rules (lib/rules/schema.ts, the same strict schema the store writes with).
  rules: {
    schema: TaughtRuleSchema,
    sameEvent: (r) => JSON.stringify([r.platform, r.host, r.label, r.createdAt]),
  },
};
