import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBusinessDate, dateRange, monthDates, addDays, shiftMonth } from '@/lib/dates';
import { clockTime, dayBounds, nextDayStart, nextTimeOfDay } from '@/lib/day-bounds';
import { currentStreak, isComplete, longestStreak } from '@/lib/checklist/history';

/**
 * Property tests of the checklist's day logic (lib/checklist, helper B's) in time zones with
 * DST of an hour, of 30 minutes (Lord Howe), a skipped midnight (Santiago), odd offsets
 * (Kolkata, Chatham, Kathmandu) and none (Shanghai): the day that contains a moment, the
 * midnight reset, the daily reminder time, calendar arithmetic and streaks.
 */

const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'UTC',
];
const zone = fc.constantFrom(...ZONES);
const instant = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) });
const MIN = 60_000;
const HOUR = 60 * MIN;
const date = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('2000-01-01', n));

/** UTC offset of a zone at a moment, in minutes (from Intl, independent of the code under test). */
function offsetMinutes(at: number, tz: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}
/** Every offset change (DST start/end) of each zone in 2024–2027, to the minute. */
const TRANSITIONS: { tz: string; at: number }[] = ZONES.flatMap((tz) => {
  const out: { tz: string; at: number }[] = [];
  const step = 6 * 3_600_000;
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 11, 31); t += step) {
    if (offsetMinutes(t, tz) === offsetMinutes(t + step, tz)) continue;
    let [lo, hi] = [t, t + step];
    while (hi - lo > 60_000) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetMinutes(mid, tz) === offsetMinutes(lo, tz)) lo = mid;
      else hi = mid;
    }
    out.push({ tz, at: hi });
  }
  return out;
});
/** A zone and a moment within two days of one of its clock changes (where day logic breaks). */
const nearTransition = fc
  .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -48 * 60, max: 48 * 60 }))
  .map(([t, minutes]) => ({ tz: t.tz, at: t.at + minutes * 60_000 }));
const momentAndZone = fc.oneof(fc.record({ tz: zone, at: instant }), nearTransition);

describe('the day that contains a moment', () => {
  it('contains it: start ≤ moment < end, its bounds are that day, and it lasts 23–25 hours', () => {
    fc.assert(
      fc.property(momentAndZone, ({ at, tz }) => {
        const day = toBusinessDate(at, tz);
        const { start, end } = dayBounds(day, tz);
        expect(start).toBeLessThanOrEqual(at);
        expect(at).toBeLessThan(end);
        expect(toBusinessDate(start, tz)).toBe(day);
        expect(toBusinessDate(end - 1, tz)).toBe(day);
        expect(toBusinessDate(end, tz)).toBe(addDays(day, 1));
        expect(end - start).toBeGreaterThanOrEqual(23 * HOUR);
        expect(end - start).toBeLessThanOrEqual(25 * HOUR);
      }),
      { numRuns: 3000 },
    );
  });

  it('the zones really change their clocks in these years (the generator reaches DST days)', () => {
    for (const tz of ['America/New_York', 'Europe/London', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      expect(TRANSITIONS.filter((t) => t.tz === tz).length, tz).toBeGreaterThanOrEqual(6);
    }
    expect(TRANSITIONS.filter((t) => t.tz === 'Asia/Shanghai')).toEqual([]);
  });

  it('consecutive days tile time: one day ends where the next begins', () => {
    fc.assert(
      fc.property(date, zone, (d, tz) => {
        expect(dayBounds(d, tz).end).toBe(dayBounds(addDays(d, 1), tz).start);
      }),
      { numRuns: 2000 },
    );
  });

  it('the midnight reset comes after the moment, and starts the next day', () => {
    fc.assert(
      fc.property(momentAndZone, ({ at, tz }) => {
        const next = nextDayStart(at, tz);
        expect(next).toBeGreaterThan(at);
        expect(toBusinessDate(next, tz)).toBe(addDays(toBusinessDate(at, tz), 1));
        expect(toBusinessDate(next - 1, tz)).toBe(toBusinessDate(at, tz));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the daily reminder time', () => {
  const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('is the next moment the wall clock shows that time (or the first minute after it, if DST skipped it)', () => {
    fc.assert(
      fc.property(hhmm, momentAndZone, (time, { at, tz }) => {
        const next = nextTimeOfDay(time, at, tz);
        expect(next).toBeGreaterThan(at);
        expect(next - at).toBeLessThanOrEqual(26 * HOUR);
        if (clockTime(next, tz) !== time) {
          // Only on a day whose clock jumped: that day is not 24 hours long.
          const { start, end } = dayBounds(toBusinessDate(next, tz), tz);
          expect(end - start).not.toBe(24 * HOUR);
        }
        // Nothing earlier after `at` shows that time: one minute before, the clock showed something else
        // (or the moment is not after `at`).
        const before = next - MIN;
        if (before > at) expect(clockTime(before, tz)).not.toBe(time);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('calendar arithmetic', () => {
  it('addDays is invertible and additive; dateRange lists consecutive days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -800, max: 800 }), fc.integer({ min: -800, max: 800 }), (d, a, b) => {
        expect(addDays(addDays(d, a), -a)).toBe(d);
        expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
      }),
    );
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 120 }), (d, n) => {
        const days = dateRange(d, addDays(d, n));
        expect(days).toHaveLength(n + 1);
        days.slice(1).forEach((x, i) => expect(addDays(days[i]!, 1)).toBe(x));
        expect(dateRange(addDays(d, 1), d)).toEqual([]);
      }),
    );
  });

  it('a month runs from its first day to the day before the next month, whatever its length', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -30, max: 30 }), (d, k) => {
        const month = shiftMonth(d.slice(0, 7), k);
        const { first, last } = monthDates(month);
        expect(first).toBe(`${month}-01`);
        expect(last.slice(0, 7)).toBe(month);
        expect(addDays(last, 1)).toBe(`${shiftMonth(month, 1)}-01`);
      }),
    );
  });
});

describe('streaks', () => {
  const summary = (complete: boolean) => ({ done: complete ? ['a', 'b'] : ['a'], total: 2 });

  it('the current streak counts back from today (or yesterday while today is open), never more than the longest', () => {
    fc.assert(
      fc.property(date, fc.array(fc.boolean(), { maxLength: 60 }), fc.boolean(), (today, past, todayDone) => {
        const records = new Map<string, { done: string[]; total: number }>();
        past.forEach((complete, i) => records.set(addDays(today, -(i + 1)), summary(complete)));
        records.set(today, summary(todayDone));
        const streak = currentStreak(records as never, today);
        let expected = todayDone ? 1 : 0;
        for (const complete of past) {
          if (!complete) break;
          expected++;
        }
        expect(streak).toBe(expected);
        expect(streak).toBeLessThanOrEqual(longestStreak(records as never, addDays(today, -past.length), today));
        expect(isComplete(records.get(today) as never)).toBe(todayDone);
      }),
    );
  });
});
