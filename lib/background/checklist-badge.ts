import { liveQuery, type Subscription } from 'dexie';
import { browser } from 'wxt/browser';
import { toBusinessDate, addDays, systemTimeZone } from '@/lib/dates';
import { nextDayStart } from '@/lib/day-bounds';
import { loadCurrentShop, loadDays } from '@/lib/checklist/load';
import { checklistOf, withChecklist } from '@/lib/checklist/shop';
import { visibleDuties } from '@/lib/checklist/prefs';
import { openCount, summarize, type DutyState } from '@/lib/checklist/status';
import type { ChecklistDayRow, ShopMateDB } from '@/lib/db/schema';
import { translator } from '@/lib/i18n';
import { resolveLocale } from '@/lib/i18n/locale';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';

/**
 * The toolbar badge: how many of today's duties are still open. It follows the evidence
 * tables live (Dexie liveQuery on the worker's own writes), settings changes, and the day
 * alarm at local midnight, which also freezes finished days into history. Nothing is kept
 * only in memory: a restarted worker recomputes everything from the database.
 */

export const DAY_ALARM = 'shopmate.checklist.day';
/** Re-check at least this often, so a change of the computer's time zone is caught within the hour. */
const RECHECK_MS = 60 * 60_000;
/** Fire just after midnight, never just before it. */
const AFTER_MIDNIGHT_MS = 1_000;
/** A first run on an old database freezes at most this many past days. */
const MAX_FREEZE_DAYS = 400;

export interface TodayStatus {
  date: string;
  /** Whose checklist: the current shop (undefined before any shop is known). */
  shopKey?: string;
  states: DutyState[];
  open: number;
  total: number;
}

export async function todayStatus(db: ShopMateDB, settings: Settings, now: number, zone: string): Promise<TodayStatus> {
  const duties = visibleDuties(settings.checklist);
  const date = toBusinessDate(now, zone);
  const shopKey = await loadCurrentShop(db, settings.checklist.shop);
  const [day] = await loadDays(db, duties, date, date, zone, shopKey);
  const states = day?.states ?? [];
  return { date, shopKey, states, open: openCount(states), total: states.length };
}

export async function applyBadge(status: Pick<TodayStatus, 'open'>, settings: Settings): Promise<void> {
  const t = translator(resolveLocale(settings.language));
  await browser.action.setBadgeBackgroundColor({ color: '#ff5000' });
  await browser.action.setBadgeText({ text: status.open > 0 ? String(status.open) : '' });
  await browser.action.setTitle({
    title: status.open > 0 ? t('checklist.badge.open', { count: status.open }) : t('checklist.badge.done'),
  });
}

/**
 * Writes the summary of every finished day not frozen yet (from the day after the last
 * frozen one, or the first activity), so history keeps each day as its list was then.
 * Days without any activity get no row: they simply count as nothing done.
 */
export async function freezePastDays(db: ShopMateDB, settings: Settings, now: number, zone: string): Promise<string[]> {
  // The 示例店铺 has no list to freeze: it is computed live, and removing it leaves no row behind.
  const shops = await db.shops.filter((s) => !s.sample).toArray();
  // Each shop's list is frozen on its own; before any shop is known, the one top-level list.
  const keys: (string | undefined)[] = shops.length ? shops.map((s) => s.key) : [undefined];
  const frozen = new Set<string>();
  for (const key of keys) for (const date of await freezeShopDays(db, settings, now, zone, key)) frozen.add(date);
  return [...frozen].sort();
}

async function freezeShopDays(db: ShopMateDB, settings: Settings, now: number, zone: string, shopKey: string | undefined): Promise<string[]> {
  const yesterday = addDays(toBusinessDate(now, zone), -1);
  const own = (row: ChecklistDayRow) => (shopKey === undefined ? row : row.shops?.[shopKey]);
  let lastFrozen: string | undefined;
  let firstRow: string | undefined;
  await db.checklistDays.each((row) => {
    if (!own(row)) return;
    if (!firstRow || row.date < firstRow) firstRow = row.date;
    if (own(row)?.summary && row.date <= yesterday && (!lastFrozen || row.date > lastFrozen)) lastFrozen = row.date;
  });
  const firstVisit = await db.pageVisits.orderBy('at').filter((v) => shopKey === undefined || v.shopKey === shopKey).first();
  const firstActivity = [firstRow, firstVisit && toBusinessDate(firstVisit.at, zone)].filter(Boolean).sort()[0];
  const floor = addDays(yesterday, -(MAX_FREEZE_DAYS - 1));
  let from = lastFrozen ? addDays(lastFrozen, 1) : firstActivity;
  if (!from || from > yesterday) return [];
  if (from < floor) from = floor;

  const days = await loadDays(db, visibleDuties(settings.checklist), from, yesterday, zone, shopKey);
  const frozen: string[] = [];
  await db.transaction('rw', db.checklistDays, async () => {
    for (const day of days) {
      const summary = summarize(day.states);
      if (!day.list && summary.done.length === 0) continue;
      // Re-read inside the transaction: never overwrite an override written meanwhile.
      const row = (await db.checklistDays.get(day.date)) ?? { date: day.date };
      const list = checklistOf(row, shopKey);
      if (own(row)?.summary) continue;
      await db.checklistDays.put(withChecklist(row, shopKey, { ...list, summary }));
      frozen.push(day.date);
    }
  });
  return frozen;
}

export async function scheduleDayAlarm(now: number, zone: string): Promise<number> {
  const when = Math.min(nextDayStart(now, zone) + AFTER_MIDNIGHT_MS, now + RECHECK_MS);
  await browser.alarms.create(DAY_ALARM, { when });
  return when;
}

export interface BadgeDeps {
  now?: () => number;
  timeZone?: () => string;
}

/** Wires the badge in the service worker; returns a stop function (for tests). */
export function startChecklistBadge(db: ShopMateDB, deps: BadgeDeps = {}): () => void {
  const now = deps.now ?? (() => Date.now());
  const zone = deps.timeZone ?? systemTimeZone;
  let subscription: Subscription | undefined;
  let current: { settings: Settings; date: string } | undefined;

  // Re-subscribed when the day or the settings change: the query's day range is part of it.
  const follow = (settings: Settings) => {
    subscription?.unsubscribe();
    const date = toBusinessDate(now(), zone());
    current = { settings, date };
    subscription = liveQuery(() => todayStatus(db, settings, now(), zone())).subscribe({
      next: (status) => void applyBadge(status, settings).catch(warn),
      error: warn,
    });
  };

  const onNewDayOrStart = async () => {
    const settings = await loadSettings();
    await freezePastDays(db, settings, now(), zone()).catch(warn);
    await scheduleDayAlarm(now(), zone());
    if (!current || current.date !== toBusinessDate(now(), zone()) || current.settings !== settings) follow(settings);
  };

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === DAY_ALARM) void onNewDayOrStart().catch(warn);
  };
  const onLifecycle = () => void onNewDayOrStart().catch(warn);
  // Listeners registered synchronously at worker start, so the alarm can wake a stopped worker.
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onStartup?.addListener(onLifecycle);
  browser.runtime.onInstalled?.addListener(onLifecycle);
  const unwatch = watchSettings((settings) => follow(settings));
  void onNewDayOrStart().catch(warn);

  return () => {
    subscription?.unsubscribe();
    unwatch();
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onStartup?.removeListener(onLifecycle);
    browser.runtime.onInstalled?.removeListener(onLifecycle);
  };
}

const warn = (error: unknown) => console.warn('[ShopMate] checklist badge:', error);
