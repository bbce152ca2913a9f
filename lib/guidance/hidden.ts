import { storage } from 'wxt/utils/storage';

/**
 * 今天不再显示: pages the seller hid the guidance on, for one business day. Not a setting (it
 * expires by itself at the day's end), so it lives in its own storage item, written only by the
 * background (lib/background/handlers/guidance.ts). A page is its console host and path: a
 * query string (dates, tabs) is the same page.
 */
export interface HiddenToday {
  date: string;
  pages: string[];
}

export const hiddenTodayItem = storage.defineItem<HiddenToday>('local:guidanceHidden', { fallback: { date: '', pages: [] } });

/** At most this many pages a day: a seller hides a handful; the list must not grow without end. */
const MAX_PAGES = 200;

export const pageKey = (host: string, path: string) => `${host}${path.split(/[?#]/)[0]}`.slice(0, 600);

export function isHidden(hidden: HiddenToday, today: string, host: string, path: string): boolean {
  return hidden.date === today && hidden.pages.includes(pageKey(host, path));
}

/** The list after hiding one more page today (yesterday's list is dropped). */
export function withHidden(hidden: HiddenToday, today: string, host: string, path: string): HiddenToday {
  const pages = hidden.date === today ? hidden.pages : [];
  const key = pageKey(host, path);
  return { date: today, pages: pages.includes(key) ? pages : [...pages, key].slice(-MAX_PAGES) };
}
