import type { ShopChecklist } from '@/lib/db/schema';
import type { DayBounds } from '@/lib/day-bounds';
import type { Duty } from './duties';
import { evidenceFor, type EvidenceEvent } from './evidence';

/**
 * One day's list: evidence ticks a duty, and the seller's own tick or untick for that day
 * beats evidence (an untick stays unticked even if the page is opened again that day).
 */

export type Override = ShopChecklist['overrides'][string];

export interface DutyState {
  duty: Duty;
  done: boolean;
  /** manual = the seller's override decides; auto = evidence; open = nothing yet. */
  by: 'manual' | 'auto' | 'open';
  /** The first act of the day that would tick it (kept even when the seller unticked). */
  evidence?: EvidenceEvent;
  override?: Override;
}

export function dayStates(
  duties: readonly Duty[],
  events: readonly EvidenceEvent[],
  overrides: ShopChecklist['overrides'] | undefined,
  date: string,
  bounds: DayBounds,
): DutyState[] {
  return duties.map((duty) => {
    const evidence = evidenceFor(duty, events, date, bounds);
    const override = overrides && Object.hasOwn(overrides, duty.id) ? overrides[duty.id] : undefined;
    if (override) return { duty, done: override.done, by: 'manual', evidence, override };
    if (evidence) return { duty, done: true, by: 'auto', evidence };
    return { duty, done: false, by: 'open' };
  });
}

export interface DaySummary {
  done: string[];
  total: number;
}

/** What history keeps of a day (the shape of ChecklistDayRow.summary). */
export function summarize(states: readonly DutyState[]): DaySummary {
  return { done: states.filter((s) => s.done).map((s) => s.duty.id), total: states.length };
}

export const openCount = (states: readonly DutyState[]) => states.filter((s) => !s.done).length;
