import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { earlyMorning, firstEarlyMorningMoment } from '@/lib/title/early-morning';
import { editThrottle, isSameSave } from '@/lib/title/throttle';

const H = 60 * 60 * 1000;
const defaults = DEFAULT_SETTINGS.thresholds; // 2 edits / 24 h, early morning 0–6
const originalTz = process.env.TZ;
const at = (iso: string) => new Date(iso).getTime();

describe('rolling edit counter', () => {
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  const now = at('2026-03-10T14:30:00+08:00');

  it('counts edits in the last 24 hours and says when the next edit is safe', () => {
    const edits = [at('2026-03-09T06:00:00+08:00'), at('2026-03-10T06:00:00+08:00'), at('2026-03-10T09:00:00+08:00')];
    const s = editThrottle(edits, now, defaults);
    expect(s).toMatchObject({ editsInWindow: 2, maxEdits: 2, windowHours: 24, limitReached: true });
    // The older of the two must leave the window: tomorrow 06:00.
    expect(s.safeAt).toBe(at('2026-03-11T06:00:00+08:00'));
  });

  it('boundaries: an edit exactly one window ago is out; a millisecond later it is in', () => {
    expect(editThrottle([now - 24 * H], now, defaults).editsInWindow).toBe(0);
    expect(editThrottle([now - 24 * H + 1], now, defaults).editsInWindow).toBe(1);
    const two = [now - 24 * H + 1, now - H];
    expect(editThrottle(two, now, defaults).limitReached).toBe(true);
    const { safeAt } = editThrottle(two, now, defaults);
    expect(editThrottle(two, safeAt!, defaults)).toMatchObject({ editsInWindow: 1, limitReached: false });
    expect(editThrottle(two, safeAt! - 1, defaults).limitReached).toBe(true);
  });

  it('under the limit: no safe time needed', () => {
    expect(editThrottle([now - H], now, defaults)).toMatchObject({ editsInWindow: 1, limitReached: false, safeAt: undefined });
    expect(editThrottle([], now, defaults).editsInWindow).toBe(0);
  });

  it('reads the limit and window from settings', () => {
    const custom = { ...defaults, titleMaxEditsPerWindow: 1, titleEditWindowHours: 48 };
    const s = editThrottle([now - 30 * H], now, custom);
    expect(s).toMatchObject({ editsInWindow: 1, limitReached: true, windowHours: 48 });
    expect(s.safeAt).toBe(now + 18 * H);
  });

  it('several tabs: edits recorded from any tab or session count together, in any order', () => {
    const tabA = [now - 3 * H];
    const tabB = [now - 20 * H];
    expect(editThrottle([...tabB, ...tabA], now, defaults)).toEqual(editThrottle([...tabA, ...tabB], now, defaults));
    expect(editThrottle([...tabA, ...tabB], now, defaults).editsInWindow).toBe(2);
  });

  it('clock moved back: an edit stamped in the future counts as just made', () => {
    const s = editThrottle([now + 5 * H, now - H], now, defaults);
    expect(s.editsInWindow).toBe(2);
    expect(s.safeAt).toBe(now - H + 24 * H);
  });

  it('daylight saving: the window is 24 real hours, not a calendar day', () => {
    process.env.TZ = 'America/New_York';
    try {
      // 2026-03-08 02:00 local clocks jump to 03:00: a "day" from 00:30 to 00:30 is 23 hours.
      const before = at('2026-03-08T00:30:00-05:00');
      const nextMidnight = at('2026-03-09T00:30:00-04:00');
      expect(nextMidnight - before).toBe(23 * H);
      expect(editThrottle([before], nextMidnight, defaults).editsInWindow).toBe(1);
      expect(editThrottle([before], before + 24 * H, defaults).editsInWindow).toBe(0);
    } finally {
      process.env.TZ = 'Asia/Shanghai';
    }
  });

  it('one save seen twice is one edit', () => {
    const a = { at: now, oldTitle: '旧', newTitle: '新' };
    expect(isSameSave(a, { ...a, at: now + 30_000 })).toBe(true);
    expect(isSameSave(a, { ...a, at: now + 10 * 60_000 })).toBe(false);
    expect(isSameSave(a, { ...a, newTitle: '新2' })).toBe(false);
  });
});

describe('early-morning window', () => {
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('default 0–6: 05:59 is in, 06:00 is out, 00:00 is in', () => {
    expect(earlyMorning(at('2026-03-10T05:59:00+08:00'), defaults).inWindow).toBe(true);
    expect(earlyMorning(at('2026-03-10T00:00:00+08:00'), defaults).inWindow).toBe(true);
    const out = earlyMorning(at('2026-03-10T06:00:00+08:00'), defaults);
    expect(out).toEqual({ enabled: true, inWindow: false, nextStart: at('2026-03-11T00:00:00+08:00') });
  });

  it('windows that wrap past midnight (23–5)', () => {
    const t = { ...defaults, earlyMorningStartHour: 23, earlyMorningEndHour: 5 };
    expect(earlyMorning(at('2026-03-10T23:30:00+08:00'), t).inWindow).toBe(true);
    expect(earlyMorning(at('2026-03-10T04:59:00+08:00'), t).inWindow).toBe(true);
    expect(earlyMorning(at('2026-03-10T14:30:00+08:00'), t)).toEqual({
      enabled: true,
      inWindow: false,
      nextStart: at('2026-03-10T23:00:00+08:00'),
    });
  });

  it('start = end switches the advice off; end 24 means midnight', () => {
    expect(earlyMorning(at('2026-03-10T14:30:00+08:00'), { earlyMorningStartHour: 3, earlyMorningEndHour: 3 }).enabled).toBe(false);
    const late = { earlyMorningStartHour: 22, earlyMorningEndHour: 24 };
    expect(earlyMorning(at('2026-03-10T23:59:00+08:00'), late).inWindow).toBe(true);
    expect(earlyMorning(at('2026-03-10T00:10:00+08:00'), late).inWindow).toBe(false);
  });

  it('follows the wall clock when the time zone changes', () => {
    const instant = at('2026-03-10T03:00:00+08:00'); // 03:00 in Shanghai, 19:00 in London
    expect(earlyMorning(instant, defaults).inWindow).toBe(true);
    process.env.TZ = 'Europe/London';
    try {
      expect(earlyMorning(instant, defaults).inWindow).toBe(false);
    } finally {
      process.env.TZ = 'Asia/Shanghai';
    }
  });
});

describe('when to advise the next edit: the window frees, then the first early-morning moment', () => {
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });
  const window = (start: number, end: number) => ({ earlyMorningStartHour: start, earlyMorningEndHour: end });

  it('default 0–6: edits at 14:31 yesterday and 09:00 today free up at 14:31 today → tomorrow 00:00', () => {
    const s = editThrottle([at('2026-03-09T14:31:00+08:00'), at('2026-03-10T09:00:00+08:00')], at('2026-03-10T10:00:00+08:00'), defaults);
    expect(s.safeAt).toBe(at('2026-03-10T14:31:00+08:00'));
    expect(firstEarlyMorningMoment(s.safeAt!, defaults)).toBe(at('2026-03-11T00:00:00+08:00'));
  });

  it('a free moment inside the window is the advice itself; the window’s end is not inside', () => {
    expect(firstEarlyMorningMoment(at('2026-03-12T03:15:00+08:00'), defaults)).toBe(at('2026-03-12T03:15:00+08:00'));
    expect(firstEarlyMorningMoment(at('2026-03-12T00:00:00+08:00'), defaults)).toBe(at('2026-03-12T00:00:00+08:00'));
    expect(firstEarlyMorningMoment(at('2026-03-12T05:59:59+08:00'), defaults)).toBe(at('2026-03-12T05:59:59+08:00'));
    expect(firstEarlyMorningMoment(at('2026-03-12T06:00:00+08:00'), defaults)).toBe(at('2026-03-13T00:00:00+08:00'));
  });

  it('across midnight: a millisecond before midnight waits for midnight; a wrapping window (22–5) starts the same evening', () => {
    expect(firstEarlyMorningMoment(at('2026-03-11T23:59:59.999+08:00'), defaults)).toBe(at('2026-03-12T00:00:00+08:00'));
    const late = window(22, 5);
    expect(firstEarlyMorningMoment(at('2026-03-11T14:31:00+08:00'), late)).toBe(at('2026-03-11T22:00:00+08:00'));
    expect(firstEarlyMorningMoment(at('2026-03-11T23:40:00+08:00'), late)).toBe(at('2026-03-11T23:40:00+08:00'));
    expect(firstEarlyMorningMoment(at('2026-03-12T04:59:00+08:00'), late)).toBe(at('2026-03-12T04:59:00+08:00'));
    expect(firstEarlyMorningMoment(at('2026-03-12T05:00:00+08:00'), late)).toBe(at('2026-03-12T22:00:00+08:00'));
    // End 24 = midnight: 00:10 is outside, the window opens at 22:00 that day.
    expect(firstEarlyMorningMoment(at('2026-03-12T00:10:00+08:00'), window(22, 24))).toBe(at('2026-03-12T22:00:00+08:00'));
  });

  it('advice off (start = end): the moment the window frees', () => {
    expect(firstEarlyMorningMoment(at('2026-03-11T14:31:00+08:00'), window(3, 3))).toBe(at('2026-03-11T14:31:00+08:00'));
  });

  it('daylight saving (New York): a skipped start hour opens at the first clock time after it; a repeated hour is used once', () => {
    process.env.TZ = 'America/New_York';
    try {
      // 2026-03-08 02:00 EST jumps to 03:00 EDT: a 2–5 window opens at 03:00 EDT.
      expect(firstEarlyMorningMoment(at('2026-03-07T14:00:00-05:00'), window(2, 5))).toBe(at('2026-03-08T03:00:00-04:00'));
      expect(firstEarlyMorningMoment(at('2026-03-07T14:00:00-05:00'), defaults)).toBe(at('2026-03-08T00:00:00-05:00'));
      expect(firstEarlyMorningMoment(at('2026-03-08T14:00:00-04:00'), defaults)).toBe(at('2026-03-09T00:00:00-04:00'));
      // 2026-11-01 02:00 EDT falls back to 01:00 EST: the window opens at the first 01:00 …
      expect(firstEarlyMorningMoment(at('2026-10-31T20:00:00-04:00'), window(1, 5))).toBe(at('2026-11-01T01:00:00-04:00'));
      // … and a free moment in the repeated hour is inside it.
      expect(firstEarlyMorningMoment(at('2026-11-01T01:30:00-05:00'), window(1, 5))).toBe(at('2026-11-01T01:30:00-05:00'));
      // A one-hour window that the spring-forward jump swallows (2028-03-12 02:00–03:00 never happens)
      // opens the day after.
      expect(firstEarlyMorningMoment(at('2028-03-11T03:00:00-05:00'), window(2, 3))).toBe(at('2028-03-13T02:00:00-04:00'));
      process.env.TZ = 'Australia/Lord_Howe';
      // Lord Howe jumps half an hour (02:00 → 02:30 on 2024-10-06): the day after, the window opens at 02:00 again.
      expect(firstEarlyMorningMoment(at('2024-10-06T03:00:00+11:00'), window(2, 3))).toBe(at('2024-10-07T02:00:00+11:00'));
    } finally {
      process.env.TZ = 'Asia/Shanghai';
    }
  });

  it('any moment, any window, several zones: never earlier than the free moment, inside the window, and no whole hour in between is', () => {
    const HOUR = 3_600_000;
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      process.env.TZ = tz;
      try {
        fc.assert(
          fc.property(fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 24 }), (freeAt, start, end) => {
            const t = window(start, end);
            const advised = firstEarlyMorningMoment(freeAt, t);
            expect(advised).toBeGreaterThanOrEqual(freeAt);
            // A day and an hour at most — two, when a DST jump swallows the next day's window.
            expect(advised - freeAt).toBeLessThanOrEqual(49 * HOUR);
            if (start === end) {
              expect(advised).toBe(freeAt);
              return;
            }
            expect(earlyMorning(advised, t).inWindow).toBe(true);
            // Every quarter hour between the free moment and the advice is outside the window.
            for (let m = advised - 15 * 60_000; m > freeAt; m -= 15 * 60_000) expect(earlyMorning(m, t).inWindow).toBe(false);
          }),
          { numRuns: 300 },
        );
      } finally {
        process.env.TZ = 'Asia/Shanghai';
      }
    }
  });
});
