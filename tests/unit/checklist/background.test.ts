import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY_ALARM, freezePastDays, scheduleDayAlarm, startChecklistBadge } from '@/lib/background/checklist-badge';
import { createHandlers } from '@/lib/background/handlers';
import { checklistHandlers } from '@/lib/background/handlers/checklist';
import { REMINDER_ALARM, REMINDER_NOTIFICATION, startReminder, syncReminderAlarm } from '@/lib/background/reminder';
import { createRouter } from '@/lib/background/router';
import { toBusinessDate, addDays } from '@/lib/dates';
import { clockTime, dayBounds } from '@/lib/day-bounds';
import { DEFAULT_DUTIES } from '@/lib/checklist/duties';
import { currentStreak } from '@/lib/checklist/history';
import { loadDays, loadRecords, loadStreakRecords } from '@/lib/checklist/load';
import { ShopMateDB } from '@/lib/db/schema';
import { CHANNEL } from '@/lib/messaging/protocol';
import { detect } from '@/lib/platforms/registry';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';

const EXT = 'shopmate-id';
const ui = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };
const zone = 'Asia/Shanghai';
const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+08:00`);
const TODAY = '2026-03-10';
const YESTERDAY = '2026-03-09';

let db: ShopMateDB;
let clock = at(TODAY, '14:30');
const now = () => clock;
const settings = async (): Promise<Settings> => DEFAULT_SETTINGS;

beforeEach(() => {
  db = new ShopMateDB(`checklist-${Math.random()}`);
  clock = at(TODAY, '14:30');
});
afterEach(async () => {
  await db.delete();
});

const visit = (pageKind: 'complaints' | 'ads' | 'campaigns', when: number) =>
  db.pageVisits.add({ date: toBusinessDate(when, zone), at: when, platform: 'taobao', pageKind, url: 'https://myseller.taobao.com/' });

function router() {
  // Every handler as shipped, the checklist ones with this test's clock and zone.
  const handlers = { ...createHandlers(db), ...checklistHandlers(db, { now, timeZone: () => zone, settings }) };
  return createRouter(handlers, {
    extensionId: EXT,
    extensionOrigin: `chrome-extension://${EXT}/`,
    isConsoleUrl: (url) => detect(url) !== undefined,
  });
}
const send = (type: string, payload: unknown) => router()({ channel: CHANNEL, type, payload }, ui);

describe('checklist.setDone through the real router', () => {
  it('a manual tick is stored; unticking it again goes back to automatic', async () => {
    expect(await send('checklist.setDone', { date: TODAY, dutyId: 'rules', done: true })).toEqual({ ok: true, value: { by: 'manual' } });
    expect((await db.checklistDays.get(TODAY))!.overrides!.rules).toEqual({ done: true, at: clock });
    expect(await send('checklist.setDone', { date: TODAY, dutyId: 'rules', done: false })).toEqual({ ok: true, value: { by: 'open' } });
    expect((await db.checklistDays.get(TODAY))!.overrides).toEqual({});
  });

  it('unticking an auto-ticked duty overrides the evidence; ticking again returns to the evidence', async () => {
    await visit('complaints', at(TODAY, '14:02'));
    expect(await send('checklist.setDone', { date: TODAY, dutyId: 'shop-check', done: false })).toMatchObject({ value: { by: 'manual' } });
    expect((await db.checklistDays.get(TODAY))!.overrides!['shop-check']!.done).toBe(false);
    expect(await send('checklist.setDone', { date: TODAY, dutyId: 'shop-check', done: true })).toMatchObject({ value: { by: 'auto' } });
    expect((await db.checklistDays.get(TODAY))!.overrides).toEqual({});
  });

  it('rejects unknown duties, future days and malformed ids with a reason (its code first, for the pages to translate)', async () => {
    expect(await send('checklist.setDone', { date: TODAY, dutyId: 'custom-gone', done: true })).toEqual({
      ok: false,
      error: 'checklist.setDone failed: unknownDuty: unknown duty "custom-gone": it is not on the checklist (was it deleted in settings?)',
    });
    expect(await send('checklist.setDone', { date: '2026-03-11', dutyId: 'rules', done: true })).toEqual({
      ok: false,
      error: 'checklist.setDone failed: futureDay: cannot tick 2026-03-11: that day has not started yet',
    });
    expect(await send('checklist.setDone', { date: TODAY, dutyId: 'Rules!', done: true })).toMatchObject({ ok: false });
    expect(await db.checklistDays.count()).toBe(0);
  });

  it('a correction to a finished day updates its frozen summary', async () => {
    await visit('complaints', at(YESTERDAY, '10:00'));
    await freezePastDays(db, DEFAULT_SETTINGS, clock, zone);
    expect((await db.checklistDays.get(YESTERDAY))!.summary).toEqual({ done: ['shop-check'], total: 11 });
    await send('checklist.setDone', { date: YESTERDAY, dutyId: 'rules', done: true });
    expect((await db.checklistDays.get(YESTERDAY))!.summary).toEqual({ done: ['shop-check', 'rules'], total: 11 });
  });
});

describe('history records', () => {
  it('the popup’s short read gives the same streak as reading every day', async () => {
    const all = ['shop-check', 'campaigns', 'daily-report', 'store-pages', 'inventory', 'ads', 'fundamentals', 'campaign-review', 'rules', 'proposal', 'service'];
    for (let i = 1; i <= 40; i++) {
      const date = addDays(TODAY, -i);
      if (i === 9) continue; // a day without any activity breaks the streak too
      await db.checklistDays.put({ date, overrides: {}, summary: { done: i === 20 ? all.slice(1) : all, total: 11 } });
    }
    // Yesterday not frozen yet: it counts live (here: every duty ticked by hand).
    await db.checklistDays.put({ date: YESTERDAY, overrides: Object.fromEntries(all.map((id) => [id, { done: true, at: clock - 86_400_000 }])) });
    const live = await loadDays(db, DEFAULT_DUTIES, YESTERDAY, TODAY, zone);
    const short = await loadStreakRecords(db, TODAY, live);
    const full = await loadRecords(db, TODAY, live);
    expect(currentStreak(short, TODAY)).toBe(8);
    expect(currentStreak(full, TODAY)).toBe(8);
    expect(short.size).toBeLessThan(full.size);
  });
});

describe('freezing finished days into history', () => {
  it('freezes each past day with activity once, keeps overrides, skips idle days and today', async () => {
    await visit('complaints', at('2026-03-07', '09:00'));
    await visit('ads', at(YESTERDAY, '23:59'));
    await visit('campaigns', at(TODAY, '00:00'));
    await db.checklistDays.put({ date: YESTERDAY, overrides: { rules: { done: true, at: at(YESTERDAY, '08:00') } } });
    expect(await freezePastDays(db, DEFAULT_SETTINGS, clock, zone)).toEqual(['2026-03-07', YESTERDAY]);
    expect(await db.checklistDays.get('2026-03-08')).toBeUndefined();
    expect(await db.checklistDays.get(YESTERDAY)).toEqual({
      date: YESTERDAY,
      overrides: { rules: { done: true, at: at(YESTERDAY, '08:00') } },
      summary: { done: ['ads', 'rules'], total: 11 },
    });
    expect(await db.checklistDays.get(TODAY)).toBeUndefined();
    // A second pass (worker restarted) changes nothing; a later list change does not rewrite history.
    const hidden = { ...DEFAULT_SETTINGS, checklist: { ...DEFAULT_SETTINGS.checklist, hidden: ['ads'] } };
    expect(await freezePastDays(db, hidden, clock, zone)).toEqual([]);
    expect((await db.checklistDays.get(YESTERDAY))!.summary!.total).toBe(11);
  });

  it('the day boundary is the seller’s zone: 23:30 in Shanghai is still yesterday there', async () => {
    await visit('ads', at(YESTERDAY, '23:30'));
    await freezePastDays(db, DEFAULT_SETTINGS, clock, zone);
    expect((await db.checklistDays.get(YESTERDAY))!.summary!.done).toEqual(['ads']);
    const berlin = new ShopMateDB(`berlin-${Math.random()}`);
    await berlin.pageVisits.add({ date: TODAY, at: at(YESTERDAY, '23:30'), platform: 'taobao', pageKind: 'ads', url: 'https://x/' });
    // 16:30 in Berlin on the 9th: frozen as the 9th only once the 9th is over there.
    await freezePastDays(berlin, DEFAULT_SETTINGS, at(TODAY, '14:30'), 'Europe/Berlin');
    expect((await berlin.checklistDays.get(YESTERDAY))!.summary!.done).toEqual(['ads']);
    await berlin.delete();
  });
});

const firing = (name: string, scheduledTime: number) => ({ name, scheduledTime, persistAcrossSessions: true });

async function flush(ms = 60) {
  await new Promise((r) => setTimeout(r, ms));
}
async function until(check: () => Promise<boolean>, timeout = 3000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await flush(20);
  }
  throw new Error('timed out');
}

describe('the toolbar badge', () => {
  it('counts open duties, follows new evidence and overrides live, and resets at midnight', async () => {
    const stop = startChecklistBadge(db, { now, timeZone: () => zone });
    try {
      await until(async () => (await fakeBrowser.action.getBadgeText({})) === '11');
      expect(await fakeBrowser.action.getTitle({})).toBe('每日运营清单：还有 11 项未完成');
      const alarm = await fakeBrowser.alarms.get(DAY_ALARM);
      // Within the hour (the time-zone re-check), never later than just after midnight.
      expect(alarm!.scheduledTime).toBe(clock + 60 * 60_000);

      await visit('complaints', at(TODAY, '14:31'));
      await until(async () => (await fakeBrowser.action.getBadgeText({})) === '10');
      await send('checklist.setDone', { date: TODAY, dutyId: 'rules', done: true });
      await until(async () => (await fakeBrowser.action.getBadgeText({})) === '9');

      // Hiding a duty in settings changes the count.
      await saveSettings({ ...DEFAULT_SETTINGS, checklist: { ...DEFAULT_SETTINGS.checklist, hidden: ['proposal'] } });
      await until(async () => (await fakeBrowser.action.getBadgeText({})) === '8');

      // Midnight: the alarm wakes the worker, yesterday is frozen, the badge starts over.
      clock = at('2026-03-11', '00:00') + 1000;
      await fakeBrowser.alarms.onAlarm.trigger(firing(DAY_ALARM, clock));
      await until(async () => (await fakeBrowser.action.getBadgeText({})) === '10');
      expect((await db.checklistDays.get(TODAY))!.summary).toEqual({ done: ['shop-check', 'rules'], total: 10 });
      expect((await fakeBrowser.alarms.get(DAY_ALARM))!.scheduledTime).toBe(clock + 60 * 60_000);
      // Late in the evening the next firing is just after midnight.
      expect(await scheduleDayAlarm(at('2026-03-11', '23:30'), zone)).toBe(dayBounds('2026-03-12', zone).start + 1000);
    } finally {
      stop();
    }
  });

  it('shows no number when everything is done', async () => {
    const onlyRules = { ...DEFAULT_SETTINGS, checklist: { ...DEFAULT_SETTINGS.checklist, hidden: ['shop-check', 'campaigns', 'daily-report', 'store-pages', 'inventory', 'ads', 'fundamentals', 'campaign-review', 'proposal', 'service'] } };
    await saveSettings(onlyRules);
    const stop = startChecklistBadge(db, { now, timeZone: () => zone });
    try {
      await until(async () => (await fakeBrowser.action.getBadgeText({})) === '1');
      await db.checklistDays.put({ date: TODAY, overrides: { rules: { done: true, at: clock } } });
      await until(async () => (await fakeBrowser.action.getBadgeText({})) === '');
      expect(await fakeBrowser.action.getTitle({})).toBe('每日运营清单：今天全部完成');
    } finally {
      stop();
    }
  });
});

describe('the daily reminder', () => {
  const on = (time = '09:30'): Settings => ({ ...DEFAULT_SETTINGS, reminder: { enabled: true, time } });

  it('has an alarm only when enabled, at the next occurrence of the set time; kept when already right', async () => {
    expect(await syncReminderAlarm(DEFAULT_SETTINGS, clock, zone)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    const when = await syncReminderAlarm(on(), clock, zone);
    expect(toBusinessDate(when!, zone)).toBe('2026-03-11');
    expect(clockTime(when!, zone)).toBe('09:30');
    // Worker restart: the same alarm is kept, not pushed.
    expect(await syncReminderAlarm(on(), clock + 1000, zone)).toBe(when);
    // Time changed in options: moved.
    expect(clockTime((await syncReminderAlarm(on('18:00'), clock, zone))!, zone)).toBe('18:00');
    await syncReminderAlarm(DEFAULT_SETTINGS, clock, zone);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('notifies with the open duties when it fires, only with permission, and schedules the next day', async () => {
    await saveSettings(on('14:30'));
    let allowed = false;
    const stop = startReminder(db, { now, timeZone: () => zone, canNotify: async () => allowed });
    try {
      await visit('complaints', at(TODAY, '10:00'));
      await fakeBrowser.alarms.onAlarm.trigger(firing(REMINDER_ALARM, clock));
      await flush();
      expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});

      allowed = true;
      await fakeBrowser.alarms.onAlarm.trigger(firing(REMINDER_ALARM, clock));
      await until(async () => !!fakeBrowser.notifications.getAllCreateOptions()[REMINDER_NOTIFICATION]);
      const note = fakeBrowser.notifications.getAllCreateOptions()[REMINDER_NOTIFICATION]!;
      expect(note.title).toBe('每日运营清单');
      expect(note.message).toMatch(/^今天还有 10 项没做：活动报名、数据报表/);
      expect(note.message).not.toContain('店铺检查');
      const next = await fakeBrowser.alarms.get(REMINDER_ALARM);
      expect(toBusinessDate(next!.scheduledTime, zone)).toBe('2026-03-11');
    } finally {
      stop();
    }
  });

  it('a reminder the computer slept through until the next day is skipped', async () => {
    await saveSettings(on('09:30'));
    const stop = startReminder(db, { now, timeZone: () => zone, canNotify: async () => true });
    try {
      await fakeBrowser.alarms.onAlarm.trigger(firing(REMINDER_ALARM, at(YESTERDAY, '09:30')));
      await flush();
      expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    } finally {
      stop();
    }
  });
});
