import { browser } from 'wxt/browser';
import { toBusinessDate, systemTimeZone } from '@/lib/dates';
import { clockTime, nextTimeOfDay } from '@/lib/day-bounds';
import { dutyName } from '@/lib/checklist/text';
import type { ShopMateDB } from '@/lib/db/schema';
import { translator } from '@/lib/i18n';
import { resolveLocale } from '@/lib/i18n/locale';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { todayStatus } from './checklist-badge';

/**
 * The optional daily reminder: at the time set in options, a notification lists the duties
 * still open (none when everything is done). A one-shot alarm re-created after each firing
 * (so DST days keep the wall-clock time) and checked at every worker start, so it survives
 * the worker being stopped and the browser restarting. Notifications are an optional
 * permission, asked for by the options page when the seller turns the reminder on.
 */

export const REMINDER_ALARM = 'shopmate.checklist.reminder';
export const REMINDER_NOTIFICATION = 'shopmate.checklist.reminder';

export interface ReminderDeps {
  now?: () => number;
  timeZone?: () => string;
  /** Has the seller granted notifications? */
  canNotify?: () => Promise<boolean>;
}

const defaultCanNotify = async () =>
  !!browser.notifications && ((await browser.permissions?.contains({ permissions: ['notifications'] })) ?? false);

/** Makes the alarm match the settings: cleared when off, (re)created when missing or moved. */
export async function syncReminderAlarm(settings: Settings, now: number, zone: string): Promise<number | undefined> {
  if (!settings.reminder.enabled) {
    await browser.alarms.clear(REMINDER_ALARM);
    return undefined;
  }
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (existing && existing.scheduledTime > now && clockTime(existing.scheduledTime, zone) === settings.reminder.time) {
    return existing.scheduledTime;
  }
  const when = nextTimeOfDay(settings.reminder.time, now, zone);
  await browser.alarms.create(REMINDER_ALARM, { when });
  return when;
}

/** What the notification says, or undefined when there is nothing to remind of. */
export async function reminderMessage(
  db: ShopMateDB,
  settings: Settings,
  now: number,
  zone: string,
): Promise<{ title: string; message: string } | undefined> {
  const status = await todayStatus(db, settings, now, zone);
  if (status.open === 0) return undefined;
  const t = translator(resolveLocale(settings.language));
  const names = status.states.filter((s) => !s.done).map((s) => dutyName(t, s.duty));
  return {
    title: t('checklist.notify.title'),
    message: t('checklist.notify.message', { count: status.open, names: names.join(t('common.listSeparator')) }),
  };
}

export function startReminder(db: ShopMateDB, deps: ReminderDeps = {}): () => void {
  const now = deps.now ?? (() => Date.now());
  const zone = deps.timeZone ?? systemTimeZone;
  const canNotify = deps.canNotify ?? defaultCanNotify;

  const fire = async (scheduledTime: number) => {
    const settings = await loadSettings();
    const at = now();
    // A reminder that the computer slept through until another day is stale: skip it.
    const sameDay = toBusinessDate(scheduledTime, zone()) === toBusinessDate(at, zone());
    if (settings.reminder.enabled && sameDay && (await canNotify())) {
      const content = await reminderMessage(db, settings, at, zone());
      if (content) {
        await browser.notifications.create(REMINDER_NOTIFICATION, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          ...content,
        });
      }
    }
    await syncReminderAlarm(settings, Math.max(at, scheduledTime), zone());
  };

  const onAlarm = (alarm: { name: string; scheduledTime: number }) => {
    if (alarm.name === REMINDER_ALARM) void fire(alarm.scheduledTime).catch(warn);
  };
  const sync = () => void loadSettings().then((s) => syncReminderAlarm(s, now(), zone())).catch(warn);
  // Clicking the reminder opens the checklist (where the browser allows opening the popup).
  const onClicked = (id: string) => {
    if (id !== REMINDER_NOTIFICATION) return;
    void browser.notifications.clear(id);
    void browser.action.openPopup?.().catch(() => undefined);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications?.onClicked.addListener(onClicked);
  browser.runtime.onStartup?.addListener(sync);
  browser.runtime.onInstalled?.addListener(sync);
  const unwatch = watchSettings((s) => void syncReminderAlarm(s, now(), zone()).catch(warn));
  sync();

  return () => {
    unwatch();
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.notifications?.onClicked.removeListener(onClicked);
    browser.runtime.onStartup?.removeListener(sync);
    browser.runtime.onInstalled?.removeListener(sync);
  };
}

const warn = (error: unknown) => console.warn('[ShopMate] reminder:', error);
