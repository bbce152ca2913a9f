import type { Thresholds } from '@/lib/settings/schema';

const HOUR_MS = 60 * 60 * 1000;

export type ThrottleThresholds = Pick<Thresholds, 'titleMaxEditsPerWindow' | 'titleEditWindowHours'>;

export interface ThrottleStatus {
  /** Edits of this item in the rolling window ending now. */
  editsInWindow: number;
  maxEdits: number;
  windowHours: number;
  /** One more edit now would exceed the limit (seed 003 §3: no more than 2 edits in 24 h). */
  limitReached: boolean;
  /** When limitReached: the first moment another edit stays within the limit. */
  safeAt?: number;
}

/**
 * The rolling edit counter. Times are epoch ms, so a daylight-saving or time-zone change
 * never stretches or shrinks the window. If the clock was moved back after an edit, that
 * edit is stamped "in the future": it counts as made just now, never as outside the window.
 * Edits from several tabs and past browser sessions all come from the database.
 */
export function editThrottle(editTimes: readonly number[], now: number, t: ThrottleThresholds): ThrottleStatus {
  const windowMs = t.titleEditWindowHours * HOUR_MS;
  const inWindow = editTimes
    .map((at) => Math.min(at, now))
    .filter((at) => at > now - windowMs)
    .sort((a, b) => b - a);
  const limitReached = inWindow.length >= t.titleMaxEditsPerWindow;
  return {
    editsInWindow: inWindow.length,
    maxEdits: t.titleMaxEditsPerWindow,
    windowHours: t.titleEditWindowHours,
    limitReached,
    // The window is (now - W, now]: once the max-th most recent edit is W old, one more fits.
    safeAt: limitReached ? inWindow[t.titleMaxEditsPerWindow - 1]! + windowMs : undefined,
  };
}

/**
 * One save, seen twice (a double click, or click + form submit, or a retry after the page's
 * own validation error): same titles within a couple of minutes. Not a domain threshold.
 */
export const SAME_SAVE_MS = 2 * 60 * 1000;

export function isSameSave(
  previous: { at: number; oldTitle: string; newTitle: string },
  next: { at: number; oldTitle: string; newTitle: string },
): boolean {
  return (
    previous.oldTitle === next.oldTitle &&
    previous.newTitle === next.newTitle &&
    Math.abs(next.at - previous.at) <= SAME_SAVE_MS
  );
}
