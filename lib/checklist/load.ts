import type { ChecklistDayRow, ShopChecklist, ShopMateDB } from '@/lib/db/schema';
import { SAMPLE_SHOP_KEY } from '@/lib/sample/generate';
import { checklistOf, currentShopKey } from './shop';
import { toBusinessDate, addDays } from '@/lib/dates';
import { dayBounds, rangeBounds, type DayBounds } from '@/lib/day-bounds';
import type { Duty } from './duties';
import type { EvidenceEvent } from './evidence';
import { isComplete } from './history';
import { dayStates, summarize, type DaySummary, type DutyState } from './status';

/**
 * Reads the evidence tables for a span of days, through the Dexie instance it is given.
 * The one module of lib/checklist that touches storage: no browser API of its own, every
 * query uses an index, and everything it feeds is the pure code next to it. The popup and
 * side panel call it inside useLiveQuery (so background writes show at once); the worker
 * calls it for the badge and to freeze finished days.
 */

/**
 * `shopKey`: whose checklist (issue 13) — only that shop's visits, reads, campaigns, notes and
 * title edits count (rows from before shops were known, without a shop, count for every shop).
 * undefined = no shop known yet: everything counts.
 */
export async function loadEvidence(db: ShopMateDB, first: string, last: string, timeZone: string, shopKey?: string): Promise<EvidenceEvent[]> {
  // The 示例店铺's made-up reads count only for its own list, never for the seller's.
  const mine = (row: { shopKey?: string }) =>
    row.shopKey === shopKey || (row.shopKey !== SAMPLE_SHOP_KEY && (shopKey === undefined || row.shopKey === undefined));
  const bounds = rangeBounds(first, last, timeZone);
  const inBounds = (at: number | undefined): at is number => at !== undefined && at >= bounds.start && at < bounds.end;
  const [visits, daily, campaigns, notes, edits] = await Promise.all([
    db.pageVisits.where('at').between(bounds.start, bounds.end, true, false).toArray(),
    // A capture on day D may be of D-1's numbers.
    db.shopDaily.where('date').between(addDays(first, -1), last, true, true).toArray(),
    db.campaigns.toArray(),
    // notes.date is the writer's local date: widen by a day each side, then filter by time.
    db.notes.where('date').between(addDays(first, -1), addDays(last, 1), true, true).toArray(),
    db.titleEdits.where('at').between(bounds.start, bounds.end, true, false).toArray(),
  ]);
  const events: EvidenceEvent[] = visits.filter(mine).map((v) => ({
    kind: 'visit',
    at: v.at,
    pageKind: v.pageKind,
    platform: v.platform,
    url: v.url,
  }));
  const seen = new Set<string>();
  for (const row of daily) {
    if (!mine(row)) continue;
    for (const p of Object.values(row.provenance)) {
      if (!p || !inBounds(p.at)) continue;
      const key = `${row.date}|${p.at}|${p.source}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ kind: 'capture', at: p.at, source: p.source, dataDate: row.date });
    }
  }
  for (const c of campaigns) {
    if (mine(c) && inBounds(c.reviewedAt)) events.push({ kind: 'campaignReview', at: c.reviewedAt, name: c.name });
  }
  for (const n of notes) if (mine(n) && inBounds(n.at)) events.push({ kind: 'note', at: n.at });
  for (const e of edits) if (mine(e)) events.push({ kind: 'titleEdit', at: e.at });
  return events;
}

export interface LiveDay {
  date: string;
  bounds: DayBounds;
  states: DutyState[];
  row?: ChecklistDayRow;
  /** The shop's own list that day (lib/checklist/shop.ts checklistOf), when the day has a row. */
  list?: ShopChecklist;
}

/** Each day of [first, last] computed live from evidence and the seller's overrides. */
export async function loadDays(
  db: ShopMateDB,
  duties: readonly Duty[],
  first: string,
  last: string,
  timeZone: string,
  shopKey?: string,
): Promise<LiveDay[]> {
  const [events, rows] = await Promise.all([
    loadEvidence(db, first, last, timeZone, shopKey),
    db.checklistDays.where('date').between(first, last, true, true).toArray(),
  ]);
  const byDate = new Map(rows.map((r) => [r.date, r]));
  const days: LiveDay[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const bounds = dayBounds(date, timeZone);
    const row = byDate.get(date);
    const list = row ? checklistOf(row, shopKey) : undefined;
    days.push({ date, bounds, row, list, states: dayStates(duties, events, list?.overrides, date, bounds) });
  }
  return days;
}

/**
 * Completion per day for history: a past day's frozen summary when it has one (the list as
 * it was that day), otherwise the live computation when given, else nothing (no activity).
 */
export async function loadRecords(
  db: ShopMateDB,
  today: string,
  live: readonly LiveDay[],
  shopKey?: string,
): Promise<Map<string, DaySummary>> {
  return loadRecordsFrom(await db.checklistDays.toArray(), today, live, shopKey);
}

function loadRecordsFrom(rows: readonly ChecklistDayRow[], today: string, live: readonly LiveDay[], shopKey: string | undefined): Map<string, DaySummary> {
  const records = new Map<string, DaySummary>();
  for (const row of rows) {
    const summary = checklistOf(row, shopKey).summary;
    if (summary && row.date < today) records.set(row.date, summary);
  }
  for (const day of live) {
    if (day.date < today && records.has(day.date)) continue;
    const summary = summarize(day.states);
    // An untouched past day without evidence is simply absent (0 done).
    if (day.date < today && summary.done.length === 0 && !day.list) continue;
    records.set(day.date, summary);
  }
  return records;
}

/**
 * Completion records enough for the current streak: the live days, then frozen days read
 * backwards from the latest only until the first one that was not complete (a year of history
 * costs a handful of reads, not 365).
 */
export async function loadStreakRecords(
  db: ShopMateDB,
  today: string,
  live: readonly LiveDay[],
  shopKey?: string,
): Promise<Map<string, DaySummary>> {
  const liveDates = new Set(live.map((d) => d.date));
  const rows = await db.checklistDays
    .where('date')
    .below(today)
    .reverse()
    .until((row) => !liveDates.has(row.date) && !isComplete(checklistOf(row, shopKey).summary), true)
    .limit(4000)
    .toArray();
  return loadRecordsFrom(rows, today, live, shopKey);
}

/** The first day ShopMate knew of any activity (for "before ShopMate" blanks in the monthly table). */
export async function firstActiveDate(db: ShopMateDB, timeZone: string, shopKey?: string): Promise<string | undefined> {
  const [firstDay, firstVisit] = await Promise.all([
    db.checklistDays.orderBy('date').first(),
    // Scans from the oldest visit to the shop's first: stops at once for the shop used first.
    db.pageVisits.orderBy('at').filter((v) => shopKey === undefined || v.shopKey === undefined || v.shopKey === shopKey).first(),
  ]);
  const candidates = [firstDay?.date, firstVisit ? toBusinessDate(firstVisit.at, timeZone) : undefined].filter(
    (d): d is string => !!d,
  );
  return candidates.sort()[0];
}

/** The shop whose checklist is shown and counted (lib/checklist/shop.ts currentShopKey); undefined before any shop is known. */
export async function loadCurrentShop(db: ShopMateDB, chosen: string | undefined): Promise<string | undefined> {
  // The 示例店铺 is never the seller's checklist shop (its lastSeenAt is when it was loaded).
  const [shops, lastVisit] = await Promise.all([db.shops.filter((s) => !s.sample).toArray(), db.pageVisits.orderBy('at').last()]);
  const lastRead = shops.reduce<(typeof shops)[number] | undefined>((a, b) => (!a || b.lastSeenAt > a.lastSeenAt ? b : a), undefined);
  return currentShopKey(chosen, shops, lastVisit, lastRead);
}
