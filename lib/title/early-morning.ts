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
  const inWindow = start < end ? hour >= start && hour < end : hour >= start || hour < end;
  if (inWindow) return { enabled: true, inWindow };
  const next = new Date(d.getFullYear(), d.getMonth(), d.getDate(), start % 24, 0, 0, 0);
  if (start === 24 || next.getTime() <= now) next.setDate(next.getDate() + 1);
  return { enabled: true, inWindow, nextStart: next.getTime() };
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
