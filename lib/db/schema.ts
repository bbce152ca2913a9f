import type { Currency } from '@/lib/model/currency';
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CaptureSource, ItemMetrics, ShopMetrics } from '@/lib/model/metrics';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import type { SourceRow } from '@/lib/extract/traffic-sources';
import type { ExtractedItem } from '@/lib/platforms/types';
import type { TaughtRule } from '@/lib/rules/schema';

/**
 * ShopMate's database. Only the background worker writes it (a content script opening
 * IndexedDB would get the *page's* database); popup and side panel read it live.
 * Rows keyed by shopKey = `${platform}:${shopId}`: the console's id for the shop (or `name:…`
 * when the page shows only a name); `<platform>:default` is the history from before shops were
 * recognised, which the first shop identified on that platform takes over (lib/shops/identity.ts).
 */

export interface ShopRow {
  key: string;
  platform: PlatformId;
  shopId: string;
  name?: string;
  currency: Currency;
  firstSeenAt: number;
  lastSeenAt: number;
  /** The console's own id for the shop, once a page showed it (v2). */
  consoleId?: string;
  /** When a page last named this shop (v2); undefined = never identified. */
  identifiedAt?: number;
  /** The seller's own name for the shop (options → 店铺, v3); shown instead of the console's. */
  label?: string;
  /** The 示例店铺 (lib/sample): made-up data, shown as such, left out of backups unless chosen. */
  sample?: true;
}

/** Per-metric provenance: where and when each stored value was read. */
export type Provenance<K extends string> = Partial<Record<K, { source: CaptureSource; at: number }>>;

export interface ShopDailyRow {
  shopKey: string;
  date: string; // 'YYYY-MM-DD', local business date
  metrics: ShopMetrics;
  provenance: Provenance<keyof ShopMetrics & string>;
  updatedAt: number;
  /** Ratios that disagree with their parts (lib/extract/cross-check.ts): kept, shown as doubtful. */
  doubtful?: (keyof ShopMetrics & string)[];
  /** When the console said these numbers were updated (its 更新时间), as of the latest read (v3). */
  consoleUpdatedAt?: number;
  /**
   * Some of this day's numbers came from a page that named no shop and were given to the shop
   * last identified on that console (v2): the seller can move the day to another shop.
   */
  assumed?: true;
}

export interface ItemDailyRow {
  shopKey: string;
  itemId: string;
  date: string;
  metrics: ItemMetrics;
  provenance: Provenance<keyof ItemMetrics & string>;
  updatedAt: number;
}

/**
 * An item as stored: the facts a read gives about it (title, price, stock, rating, status, last
 * sale, listing date — what makes an item 新生), without its days (those are itemDaily rows).
 */
export interface ItemRow extends Omit<ExtractedItem, 'days'> {
  shopKey: string;
  firstSeenAt: number;
  updatedAt: number;
}

/** The raw log of what was read; pruned by retention, daily aggregates are kept. */
export interface SnapshotRow {
  id?: number;
  capturedAt: number;
  shopKey: string;
  platform: PlatformId;
  pageKind: PageKind;
  url: string;
  source: CaptureSource;
  /** Metric keys read (for the side panel's "captured today" list). */
  shopMetricCount: number;
  itemCount: number;
  /** The extraction as received, for audit and re-processing. */
  payload: unknown;
  /** Numbers of this read that failed a cross-check, per day (lib/extract/cross-check.ts). */
  doubtful?: { date: string; keys: string[] }[];
  /** The page named no shop: stored under the shop last identified on that console (v2). */
  assumed?: true;
}

/** Evidence for the daily checklist: the seller opened a console page of this kind. */
export interface PageVisitRow {
  id?: number;
  date: string;
  at: number;
  platform: PlatformId;
  pageKind: PageKind;
  url: string;
  /** The shop the page belonged to (v2; the shop last identified on that console when it named none). */
  shopKey?: string;
}

/** One shop's checklist for a day: manual ticks/unticks (auto-ticks come from evidence) and the frozen summary. */
export interface ShopChecklist {
  overrides: Record<string, { done: boolean; at: number }>;
  /** Frozen at day end (or when touched) so history survives changes to the duty list. */
  summary?: { done: string[]; total: number };
}

/**
 * A day of checklists: each shop's under `shops` (v3, by shopKey). The top-level fields are the
 * list of a day before any shop was known (lib/checklist/shop.ts says how they are read).
 */
export interface ChecklistDayRow {
  date: string;
  overrides?: ShopChecklist['overrides'];
  summary?: ShopChecklist['summary'];
  shops?: Record<string, ShopChecklist>;
}

export interface TitleEditRow {
  id?: number;
  shopKey: string;
  platform: PlatformId;
  itemId: string;
  at: number;
  oldTitle: string;
  newTitle: string;
  fields: ('title' | 'price' | 'mainImage' | 'other')[];
}

export interface CampaignRow {
  id?: number;
  shopKey: string;
  platform: PlatformId;
  name: string;
  start: string; // inclusive business date
  end: string; // inclusive business date
  itemIds: string[];
  notes: string;
  reviewedAt?: number;
  createdAt: number;
}

export interface NoteRow {
  id?: number;
  date: string;
  at: number;
  text: string;
  /** The shop whose checklist the note was written for (v3). */
  shopKey?: string;
}

/** 来源构成 of one shop on one day: the whole source table of the read that wins (lib/db/source-store.ts). */
export interface SourceDailyRow {
  shopKey: string;
  date: string;
  rows: SourceRow[];
  source: CaptureSource;
  at: number;
}

/** A rule the seller taught on a console page (lib/rules/schema.ts), v5. */
export type RuleRow = TaughtRule;

export class ShopMateDB extends Dexie {
  shops!: EntityTable<ShopRow, 'key'>;
  shopDaily!: Table<ShopDailyRow, [string, string]>;
  itemDaily!: Table<ItemDailyRow, [string, string, string]>;
  items!: Table<ItemRow, [string, string]>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  pageVisits!: EntityTable<PageVisitRow, 'id'>;
  checklistDays!: EntityTable<ChecklistDayRow, 'date'>;
  titleEdits!: EntityTable<TitleEditRow, 'id'>;
  campaigns!: EntityTable<CampaignRow, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  sourceDaily!: Table<SourceDailyRow, [string, string]>;
  rules!: EntityTable<RuleRow, 'id'>;

  constructor(name = DB_NAME, upToVersion = LATEST_VERSION) {
    super(name);
    for (const v of VERSIONS) {
      if (v.version > upToVersion) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export const DB_NAME = 'shopmate';

/**
 * Schema history, oldest first. Never edit a shipped version: append a new one with a
 * comment saying why, and an upgrade test that fills the previous version with real rows.
 * `new ShopMateDB(name, n)` opens the database as version n had it, for those tests.
 */
export const VERSIONS: {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}[] = [
  {
    // v1: first release.
    version: 1,
    stores: {
      shops: 'key, platform, lastSeenAt',
      shopDaily: '[shopKey+date], date',
      itemDaily: '[shopKey+itemId+date], [shopKey+date], date',
      items: '[shopKey+itemId], shopKey, lastSaleDate',
      snapshots: '++id, capturedAt, shopKey',
      pageVisits: '++id, date, [date+pageKind], at',
      checklistDays: 'date',
      titleEdits: '++id, [shopKey+itemId], at',
      campaigns: '++id, shopKey, start',
      notes: '++id, date',
    },
  },
  {
    // v2: many shops (issue 13). Shops carry the identity their pages show, and a page visit
    // belongs to a shop. Rows from v1 keep their keys: `<platform>:default` stays as it is until
    // the first shop identified on that platform takes it over (lib/shops/identity.ts
    // matchShop), so a long history is never rewritten here. Shops v1 stored under a console id
    // were named by their page: they count as identified. Visits go to their platform's most
    // recently seen shop.
    version: 2,
    stores: {
      shops: 'key, platform, lastSeenAt, identifiedAt',
      pageVisits: '++id, date, [date+pageKind], at, shopKey',
    },
    upgrade: async (tx) => {
      const shops = (await tx.table('shops').toArray()) as ShopRow[];
      await tx
        .table('shops')
        .toCollection()
        .modify((shop: ShopRow) => {
          if (shop.shopId === 'default' || shop.identifiedAt !== undefined) return;
          shop.identifiedAt = shop.lastSeenAt;
          if (!shop.shopId.startsWith('name:')) shop.consoleId = shop.shopId;
        });
      const latestOf = (platform: PlatformId) =>
        shops.filter((s) => s.platform === platform).sort((a, b) => b.lastSeenAt - a.lastSeenAt)[0]?.key ?? `${platform}:default`;
      await tx
        .table('pageVisits')
        .toCollection()
        .modify((visit: PageVisitRow) => {
          visit.shopKey ??= latestOf(visit.platform);
        });
    },
  },
  {
    // v3: a checklist per shop (issue 13). A day's row keeps each shop's list under `shops`;
    // v1's single list (top-level overrides/summary) and its notes go to the shop the seller
    // used last (the shop of the last console page opened, else the shop read last). No index
    // changes: notes are read by date and picked by shop in memory.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      const lastVisit = (await tx.table('pageVisits').orderBy('at').last()) as PageVisitRow | undefined;
      const lastShop = (await tx.table('shops').orderBy('lastSeenAt').last()) as ShopRow | undefined;
      const current = lastVisit?.shopKey ?? lastShop?.key;
      if (!current) return; // no shop known: the list stays top-level, for whichever shop comes first
      await tx
        .table('checklistDays')
        .toCollection()
        .modify((row: ChecklistDayRow) => {
          if (!row.overrides && !row.summary) return;
          row.shops = { ...row.shops, [current]: { overrides: row.overrides ?? {}, ...(row.summary ? { summary: row.summary } : {}) } };
          delete row.overrides;
          delete row.summary;
        });
      await tx
        .table('notes')
        .toCollection()
        .modify((note: NoteRow) => {
          note.shopKey ??= current;
        });
    },
  },
  {
    // v4: 来源构成 (issue 18) — each shop's traffic-source table per day. A new table only: no row moves.
    version: 4,
    stores: { sourceDaily: '[shopKey+date], date' },
  },
  {
    // v5: taught rules (issue 12) — the numbers the seller pointed at on a console page and named.
    // Looked up by console and label (teaching a label again replaces its rule). A new table only.
    version: 5,
    stores: { rules: '++id, [platform+host+label]' },
  },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]!.version;
