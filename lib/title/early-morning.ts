import type { Thresholds } from '@/lib/settings/schema';

export type EarlyMorningThresholds = Pick<Thresholds, 'earlyMorningStartHour' | 'earlyMorningEndHour'>;

export interface EarlyMorningStatus {
  /** false when start = end: the seller switched the advice off. */
  enabled: boolean;
  inWindow: boolean;
  /** Local start of the next window (when not in one). */
  nextStart?: number;
}

/**
 * The early-morning (凌晨) window for edits, local hours [start, end). A window may wrap past
 * midnight (22 → 6). Hours are the seller's wall clock, so it follows time-zone changes.
 */
export function earlyMorning(now: number, t: EarlyMorningThresholds): EarlyMorningStatus {
  const start = t.earlyMorningStartHour;
  const end = t.earlyMorningEndHour;
  if (start === end) return { enabled: false, inWindow: true };
  const d = new Date(now);
  const hour = d.getHours();
  const inWindow = inHours(hour, start, end);
  if (inWindow) return { enabled: true, inWindow };
  // Built from the calendar day each time: a Date moved with setDate keeps a DST-adjusted hour.
  const startOn = (days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, start % 24).getTime();
  let days = start === 24 ? 1 : 0;
  if (startOn(days) <= now) days += 1;
  // A spring-forward jump can swallow a short window (New York's 02:00–03:00 on its DST day): its
  // "start" then lands past the window's end, so the next window opens a day later.
  const opens = new Date(startOn(days)).getHours();
  if (opens !== start % 24 && !inHours(opens, start, end)) days += 1;
  return { enabled: true, inWindow, nextStart: startOn(days) };
}

function inHours(hour: number, start: number, end: number): boolean {
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/**
 * When to advise the next edit once the rolling window frees at `freeAt`: that moment if it
 * falls inside an early-morning window (or the advice is off), else the next window's start.
 * Seed 003 §3 asks for both: no more than the allowed edits in the window, and in the early morning.
 */
export function firstEarlyMorningMoment(freeAt: number, t: EarlyMorningThresholds): number {
  const status = earlyMorning(freeAt, t);
  return status.inWindow ? freeAt : status.nextStart!;
}
