import Dexie, { type Table } from 'dexie';
import { addDays, weekStart } from '@/lib/dates';
import { buyersOf, type ItemMetrics } from '@/lib/model/metrics';
import type { ItemDailyRow, ShopMateDB } from './schema';

/**
 * Item rollups: the item history packed per shop and day (one row holding every item's numbers in
 * typed arrays) and per shop and week (sums), so the item analysis reads a handful of rows instead
 * of thousands (2,000 items × 8 weeks is 112,000 itemDaily rows, about 2 s to read in Chromium;
 * the same weeks as packs are 8 rows).
 *
 * The packs are a derived cache in a database of their own (`<db name>-rollups`), never backed up
 * and always rebuildable from itemDaily:
 * - captures keep it current: capture-store calls noteItemDays() inside its transaction, and the
 *   packs of the dates it wrote are updated once that transaction has committed; each shop's
 *   packs remember the time of the last capture applied (syncedAt);
 * - a capture that committed but whose update was lost (the worker stopped in between) shows as
 *   the shop's lastSeenAt (written in the capture's own transaction) being newer than syncedAt:
 *   the shop is rebuilt on its next query. (Counting itemDaily rows per query would catch more
 *   but costs ~7 µs per row in Chromium's service worker: too slow at 100,000 rows a window.)
 * - any other write to itemDaily (restore, delete all, a bench seeding the table) is noticed
 *   through Dexie's storagemutated event and empties the cache (so "delete all" leaves no copy
 *   behind): each shop is rebuilt from itemDaily on its next query. (The data handlers also
 *   delete `<db>-…` databases after "delete all" and a restore; Dexie reopens this one on use.)
 *
 * Missing stays missing: a value the console did not show is NaN in the pack, and every sum
 * comes with the number of days it rests on.
 */

/** Per-day item values. Counts as Float32 (exact to 16.7 million), money and rates as Float64. */
export interface DayPack {
  shopKey: string;
  date: string;
  /** itemDaily rows behind this pack. */
  n: number;
  /** 1 where the item has a row that day. Index = the item's slot in the shop's SlotRow. */
  has: Uint8Array;
  uv: Float32Array;
  pv: Float32Array;
  /** Paying buyers as read, or conversion × UV. */
  buyers: Float32Array;
  units: Float32Array;
  salesAmount: Float64Array;
  bounce: Float64Array;
}

/** Per-week sums of the day packs, with the days each sum rests on. */
export interface WeekPack {
  shopKey: string;
  week: string; // Monday
  n: number;
  uv: Float64Array;
  uvDays: Uint8Array;
  /** Buyers and their UV over the days where both are known (conversion = buyers / buyersUv). */
  buyers: Float64Array;
  buyersUv: Float64Array;
  buyersDays: Uint8Array;
  units: Float64Array;
  unitsDays: Uint8Array;
  salesAmount: Float64Array;
  salesAmountDays: Uint8Array;
  bouncedUv: Float64Array;
  bounceUv: Float64Array;
  dataDays: Uint8Array;
}

/** A shop's item slots: index → item id, plus what needs the whole history. */
export interface SlotRow {
  shopKey: string;
  ids: string[];
  /** First date with data, and last date with a sale ('' = none seen). */
  firstDate: string[];
  lastSale: string[];
  /** Built from the whole of itemDaily (false: must be rebuilt before use). */
  complete: boolean;
  /** Time of the latest capture applied (compared with the shop's lastSeenAt). */
  syncedAt: number;
}

export class RollupDB extends Dexie {
  slots!: Table<SlotRow, string>;
  days!: Table<DayPack, [string, string]>;
  weeks!: Table<WeekPack, [string, string]>;

  constructor(name: string) {
    super(name);
    // A cache: a layout change bumps the version and the upgrade clears it (rebuilt on demand).
    this.version(1).stores({ slots: 'shopKey', days: '[shopKey+date]', weeks: '[shopKey+week]' });
    // 2: the packs' sales column is named after its metric, salesAmount (it was `sales`).
    this.version(2)
      .stores({ slots: 'shopKey', days: '[shopKey+date]', weeks: '[shopKey+week]' })
      .upgrade((tx) => Promise.all([tx.table('slots').clear(), tx.table('days').clear(), tx.table('weeks').clear()]));
  }
}

interface RollupState {
  cache: RollupDB;
  queue: Promise<unknown>;
  /** Reads in flight, shared by concurrent queries (the 宝贝 tab asks three at once); never kept after. */
  inflight: Map<string, Promise<unknown>>;
  /** Captures whose transaction is running or whose packs are being updated. */
  claims: number;
  unwatch?: () => void;
}

const states = new Map<string, RollupState>();

/** The rollup state of a database (one per database name in this context). */
export function rollupsOf(db: ShopMateDB): RollupState {
  let state = states.get(db.name);
  if (!state) {
    state = { cache: new RollupDB(`${db.name}-rollups`), queue: Promise.resolve(), claims: 0, inflight: new Map() };
    states.set(db.name, state);
  }
  return state;
}

/** Runs jobs one at a time: every read-modify-write of the packs is serialised. */
function enqueue<T>(state: RollupState, job: () => Promise<T>): Promise<T> {
  const run = state.queue.then(job, job);
  state.queue = run.catch((error) => {
    // The database was closed or deleted under a pending update: nothing left to keep current.
    if ((error as { name?: string })?.name !== 'DatabaseClosedError') console.error('[ShopMate] item rollups', error);
  });
  return run;
}

/** Waits until every pending rollup update has been applied. */
export const rollupsIdle = (db: ShopMateDB) => enqueue(rollupsOf(db), async () => undefined);

/**
 * The capture hook (lib/db/capture-store.ts): call inside the capture's transaction with the
 * itemDaily rows it wrote; the packs of their dates are updated after the transaction commits.
 */
export function noteItemDays(db: ShopMateDB, shopKey: string, rows: readonly ItemDailyRow[], at: number): void {
  const state = rollupsOf(db);
  const tx = Dexie.currentTransaction;
  state.claims++;
  const apply = () => {
    // Failures are logged by the queue; the next query's freshness check repairs the packs.
    void enqueue(state, () => applyRows(db, state, shopKey, rows, at))
      .catch(() => undefined)
      .finally(() => state.claims--);
  };
  if (!tx) return apply();
  // storagemutated fires before these callbacks, while the claim is still counted.
  tx.on('complete', apply);
  tx.on('abort', () => state.claims--);
}

/**
 * Notices writes to itemDaily that did not come through a capture (restore, delete all) and empties
 * the cache; shops are rebuilt on their next query. Returns the unsubscribe function. Call once
 * per worker.
 */
export function watchForeignWrites(db: ShopMateDB): () => void {
  const state = rollupsOf(db);
  if (state.unwatch) return state.unwatch;
  const part = `idb://${db.name}/itemDaily/`;
  const listener = (parts: Record<string, unknown>) => {
    if (!(part in parts) || state.claims > 0) return;
    void enqueue(state, () => clearCache(state.cache));
  };
  Dexie.on('storagemutated', listener);
  state.unwatch = () => {
    Dexie.on('storagemutated').unsubscribe(listener);
    state.unwatch = undefined;
  };
  return state.unwatch;
}

/** Empties the cache: after "delete all" no copy of the history may stay behind. Rebuilt on demand. */
async function clearCache(cache: RollupDB) {
  await cache.transaction('rw', cache.slots, cache.days, cache.weeks, async () => {
    await Promise.all([cache.slots.clear(), cache.days.clear(), cache.weeks.clear()]);
  });
}

// ---------------------------------------------------------------------------------------------
// Packing

const NaN32 = (n: number) => new Float32Array(n).fill(Number.NaN);
const NaN64 = (n: number) => new Float64Array(n).fill(Number.NaN);

function emptyDay(shopKey: string, date: string, size: number): DayPack {
  return { shopKey, date, n: 0, has: new Uint8Array(size), uv: NaN32(size), pv: NaN32(size), buyers: NaN32(size), units: NaN32(size), salesAmount: NaN64(size), bounce: NaN64(size) };
}

/** The pack with room for `size` slots (slots only ever grow). */
function grow(pack: DayPack, size: number): DayPack {
  if (pack.has.length >= size) return pack;
  const next = emptyDay(pack.shopKey, pack.date, size);
  next.n = pack.n;
  next.has.set(pack.has);
  for (const k of ['uv', 'pv', 'buyers', 'units', 'salesAmount', 'bounce'] as const) (next[k] as Float64Array).set(pack[k] as Float64Array);
  return next;
}

const num = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? Number.NaN : v);

/** Any sign of a sale that day: units, buyers (read or implied by conversion × UV) or sales. */
export const soldOn = (m: ItemMetrics) => (m.unitsSold ?? 0) > 0 || (buyersOf(m) ?? 0) > 0 || (m.salesAmount ?? 0) > 0;

function setSlot(pack: DayPack, slot: number, m: ItemMetrics) {
  if (!pack.has[slot]) pack.n++;
  pack.has[slot] = 1;
  pack.uv[slot] = num(m.uv);
  pack.pv[slot] = num(m.pv);
  pack.buyers[slot] = num(buyersOf(m));
  pack.units[slot] = num(m.unitsSold);
  pack.salesAmount[slot] = num(m.salesAmount);
  pack.bounce[slot] = num(m.bounceRate);
}

class Slots {
  readonly index = new Map<string, number>();
  constructor(readonly row: SlotRow) {
    row.ids.forEach((id, i) => this.index.set(id, i));
  }
  static empty(shopKey: string, complete: boolean, syncedAt = 0) {
    return new Slots({ shopKey, ids: [], firstDate: [], lastSale: [], complete, syncedAt });
  }
  slot(itemId: string): number {
    let i = this.index.get(itemId);
    if (i === undefined) {
      i = this.row.ids.push(itemId) - 1;
      this.row.firstDate.push('');
      this.row.lastSale.push('');
      this.index.set(itemId, i);
    }
    return i;
  }
  note(slot: number, date: string, m: ItemMetrics) {
    const first = this.row.firstDate[slot]!;
    if (!first || date < first) this.row.firstDate[slot] = date;
    if (soldOn(m) && date > this.row.lastSale[slot]!) this.row.lastSale[slot] = date;
  }
  get size() {
    return this.row.ids.length;
  }
}

/** Sums a week's day packs into its week pack. */
export function sumWeek(shopKey: string, week: string, days: readonly (DayPack | undefined)[], size: number): WeekPack {
  const f = () => new Float64Array(size);
  const u = () => new Uint8Array(size);
  const w: WeekPack = {
    shopKey,
    week,
    n: 0,
    uv: f(),
    uvDays: u(),
    buyers: f(),
    buyersUv: f(),
    buyersDays: u(),
    units: f(),
    unitsDays: u(),
    salesAmount: f(),
    salesAmountDays: u(),
    bouncedUv: f(),
    bounceUv: f(),
    dataDays: u(),
  };
  for (const day of days) {
    if (!day) continue;
    w.n += day.n;
    const len = Math.min(size, day.has.length);
    for (let i = 0; i < len; i++) {
      if (!day.has[i]) continue;
      w.dataDays[i]!++;
      const uv = day.uv[i]!;
      if (uv === uv) {
        w.uv[i]! += uv;
        w.uvDays[i]!++;
      }
      const buyers = day.buyers[i]!;
      if (buyers === buyers && uv === uv) {
        w.buyers[i]! += buyers;
        w.buyersUv[i]! += uv;
        w.buyersDays[i]!++;
      }
      const units = day.units[i]!;
      if (units === units) {
        w.units[i]! += units;
        w.unitsDays[i]!++;
      }
      const sales = day.salesAmount[i]!;
      if (sales === sales) {
        w.salesAmount[i]! += sales;
        w.salesAmountDays[i]!++;
      }
      const bounce = day.bounce[i]!;
      if (bounce === bounce && uv === uv) {
        w.bouncedUv[i]! += bounce * uv;
        w.bounceUv[i]! += uv;
      }
    }
  }
  return w;
}

const weekDates = (week: string) => Array.from({ length: 7 }, (_, i) => addDays(week, i));

async function loadSlots(cache: RollupDB, shopKey: string): Promise<Slots | undefined> {
  const row = await cache.slots.get(shopKey);
  return row ? new Slots(row) : undefined;
}

/** Recomputes the week packs of these weeks from their day packs. */
async function refreshWeeks(cache: RollupDB, shopKey: string, weeks: Iterable<string>, size: number) {
  for (const week of new Set(weeks)) {
    const days = await cache.days.bulkGet(weekDates(week).map((d) => [shopKey, d] as [string, string]));
    await cache.weeks.put(sumWeek(shopKey, week, days, size));
  }
}

/** Applies a capture's rows to the packs of their dates (after its transaction committed). */
async function applyRows(db: ShopMateDB, state: RollupState, shopKey: string, rows: readonly ItemDailyRow[], at: number) {
  const { cache } = state;
  const slots = await loadSlots(cache, shopKey);
  // A shop not packed yet (new, or after the cache was emptied): pack all of its history.
  if (!slots?.row.complete) return rebuildShop(db, cache, shopKey);
  slots.row.syncedAt = Math.max(slots.row.syncedAt ?? 0, at);
  if (!rows.length) return cache.slots.put(slots.row);
  const byDate = new Map<string, ItemDailyRow[]>();
  for (const row of rows) (byDate.get(row.date) ?? byDate.set(row.date, []).get(row.date)!).push(row);
  for (const row of rows) slots.slot(row.itemId);
  await cache.transaction('rw', cache.slots, cache.days, cache.weeks, async () => {
    const dates = [...byDate.keys()];
    const packs = await cache.days.bulkGet(dates.map((d) => [shopKey, d] as [string, string]));
    const next = dates.map((date, i) => {
      const pack = grow(packs[i] ?? emptyDay(shopKey, date, slots.size), slots.size);
      for (const row of byDate.get(date)!) {
        const slot = slots.slot(row.itemId);
        setSlot(pack, slot, row.metrics);
        slots.note(slot, date, row.metrics);
      }
      return pack;
    });
    await cache.days.bulkPut(next);
    await cache.slots.put(slots.row);
    await refreshWeeks(cache, shopKey, dates.map(weekStart), slots.size);
  });
}

/** Rebuilds the packs of these dates from itemDaily (whole days), keeping the other dates. */
async function rebuildDates(db: ShopMateDB, cache: RollupDB, shopKey: string, dates: readonly string[], slots: Slots) {
  const packs: DayPack[] = [];
  const empty: [string, string][] = [];
  for (const date of dates) {
    const rows = await db.itemDaily.where('[shopKey+date]').equals([shopKey, date]).toArray();
    if (!rows.length) {
      empty.push([shopKey, date]);
      continue;
    }
    for (const row of rows) slots.slot(row.itemId);
    const pack = emptyDay(shopKey, date, slots.size);
    for (const row of rows) {
      const slot = slots.slot(row.itemId);
      setSlot(pack, slot, row.metrics);
      slots.note(slot, date, row.metrics);
    }
    packs.push(pack);
  }
  await cache.transaction('rw', cache.slots, cache.days, cache.weeks, async () => {
    if (empty.length) await cache.days.bulkDelete(empty);
    if (packs.length) await cache.days.bulkPut(packs);
    await cache.slots.put(slots.row);
    await refreshWeeks(cache, shopKey, dates.map(weekStart), slots.size);
  });
}

/** Rebuilds every pack of a shop from itemDaily, a week at a time. */
async function rebuildShop(db: ShopMateDB, cache: RollupDB, shopKey: string) {
  const range = db.itemDaily.where('[shopKey+date]').between([shopKey, ''], [shopKey, '\uffff']);
  // Captures are applied one at a time after this job, so the shop's lastSeenAt now is what this rebuild covers.
  const [first, last, shop] = await Promise.all([range.first(), range.clone().last(), db.shops.get(shopKey)]);
  await cache.transaction('rw', cache.slots, cache.days, cache.weeks, async () => {
    await cache.days.where('[shopKey+date]').between([shopKey, ''], [shopKey, '\uffff']).delete();
    await cache.weeks.where('[shopKey+week]').between([shopKey, ''], [shopKey, '\uffff']).delete();
    await cache.slots.delete(shopKey);
  });
  const slots = Slots.empty(shopKey, false, shop?.lastSeenAt ?? 0);
  if (first && last) {
    for (let week = weekStart(first.date); week <= last.date; week = addDays(week, 7)) {
      await rebuildDates(db, cache, shopKey, weekDates(week), slots);
    }
  }
  slots.row.complete = true;
  await cache.slots.put(slots.row);
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Makes sure the shop's packs exist and are current (waits for pending captures). */
export function ensureShop(db: ShopMateDB, shopKey: string): Promise<Slots> {
  const state = rollupsOf(db);
  return enqueue(state, async () => {
    const [loaded, shop] = await Promise.all([loadSlots(state.cache, shopKey), db.shops.get(shopKey)]);
    let slots = loaded;
    // A capture committed after the last one applied, and none is pending here: its update was lost.
    const lost = slots?.row.complete && state.claims === 0 && (shop?.lastSeenAt ?? 0) > (slots.row.syncedAt ?? 0);
    if (lost) console.warn(`[ShopMate] item rollups of ${shopKey} missed a capture; rebuilding them`);
    if (!slots?.row.complete || lost) {
      await rebuildShop(db, state.cache, shopKey);
      slots = (await loadSlots(state.cache, shopKey)) ?? Slots.empty(shopKey, true);
    }
    return slots;
  });
}

export type { Slots };

/** One read for all concurrent callers asking the same thing; the next caller after it settles reads afresh. */
function shared<T>(state: RollupState, key: string, read: () => Promise<T>): Promise<T> {
  const pending = state.inflight.get(key) as Promise<T> | undefined;
  if (pending) return pending;
  const promise = read().finally(() => state.inflight.delete(key));
  state.inflight.set(key, promise);
  return promise;
}

/** Week packs for these Mondays (undefined where no data), current as of now. */
export function readWeeks(db: ShopMateDB, shopKey: string, weeks: readonly string[]): Promise<{ slots: SlotRow; packs: (WeekPack | undefined)[] }> {
  const state = rollupsOf(db);
  return shared(state, `weeks|${shopKey}|${weeks.join(',')}`, async () => {
    const slots = await shared(state, `ensure|${shopKey}`, () => ensureShop(db, shopKey));
    const packs = await state.cache.weeks.bulkGet(weeks.map((w) => [shopKey, w] as [string, string]));
    return { slots: slots.row, packs };
  });
}

/** Day packs for [from, to] (oldest first, only dates with data), current as of now. */
export function readDays(db: ShopMateDB, shopKey: string, from: string, to: string): Promise<{ slots: SlotRow; packs: DayPack[] }> {
  const state = rollupsOf(db);
  return shared(state, `days|${shopKey}|${from}|${to}`, async () => {
    const slots = await shared(state, `ensure|${shopKey}`, () => ensureShop(db, shopKey));
    const packs = await state.cache.days.where('[shopKey+date]').between([shopKey, from], [shopKey, to], true, true).toArray();
    return { slots: slots.row, packs };
  });
}

/** Drops the cache of a database (tests, and a rebuild from scratch). */
export async function resetRollups(db: ShopMateDB): Promise<void> {
  const state = rollupsOf(db);
  state.unwatch?.();
  await state.queue.catch(() => undefined);
  state.cache.close();
  await Dexie.delete(state.cache.name);
  states.delete(db.name);
}
