import { describe, expect, it } from 'vitest';
import { toBusinessDate, dateRange, monthDates, addDays, shiftMonth } from '@/lib/dates';
import { clockTime, dayBounds, nextDayStart, nextTimeOfDay } from '@/lib/day-bounds';

const H = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('the business day in the seller’s time zone', () => {
  it('the same instant is a different day in Shanghai and in New York', () => {
    const at = Date.parse('2026-03-10T01:30:00Z'); // 09:30 in Shanghai, 21:30 the day before in New York
    expect(toBusinessDate(at, 'Asia/Shanghai')).toBe('2026-03-10');
    expect(toBusinessDate(at, 'America/New_York')).toBe('2026-03-09');
    expect(clockTime(at, 'Asia/Shanghai')).toBe('09:30');
  });

  it('midnight resets: 23:59:59.999 and 00:00 are different days', () => {
    const { start, end } = dayBounds('2026-03-10', 'Asia/Shanghai');
    expect(iso(start)).toBe('2026-03-09T16:00:00.000Z');
    expect(end - start).toBe(24 * H);
    expect(toBusinessDate(end - 1, 'Asia/Shanghai')).toBe('2026-03-10');
    expect(toBusinessDate(end, 'Asia/Shanghai')).toBe('2026-03-11');
    expect(nextDayStart(start + 14 * H, 'Asia/Shanghai')).toBe(end);
    expect(nextDayStart(start, 'Asia/Shanghai')).toBe(end);
  });

  it('DST spring forward: a 23-hour day; fall back: a 25-hour day', () => {
    const spring = dayBounds('2026-03-08', 'America/New_York');
    expect(spring.end - spring.start).toBe(23 * H);
    const fall = dayBounds('2026-11-01', 'America/New_York');
    expect(fall.end - fall.start).toBe(25 * H);
    // Every instant of the long day belongs to it.
    for (let at = fall.start; at < fall.end; at += H) expect(toBusinessDate(at, 'America/New_York')).toBe('2026-11-01');
  });

  it('where midnight itself is skipped (Santiago), the day starts at 01:00', () => {
    const { start, end } = dayBounds('2026-09-06', 'America/Santiago');
    expect(clockTime(start, 'America/Santiago')).toBe('01:00');
    expect(end - start).toBe(23 * H);
    expect(toBusinessDate(start - 1, 'America/Santiago')).toBe('2026-09-05');
  });

  it('days tile time with no gaps or overlaps across a year of DST changes', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Shanghai']) {
      let d = '2026-01-01';
      for (let i = 0; i < 365; i++) {
        const next = addDays(d, 1);
        expect(dayBounds(d, zone).end).toBe(dayBounds(next, zone).start);
        d = next;
      }
    }
  });

  it('a time-zone change moves the day: the same moment after flying Shanghai → Berlin', () => {
    const at = Date.parse('2026-06-01T20:00:00Z'); // 04:00 on 06-02 in Shanghai, 22:00 on 06-01 in Berlin
    expect(toBusinessDate(at, 'Asia/Shanghai')).toBe('2026-06-02');
    expect(toBusinessDate(at, 'Europe/Berlin')).toBe('2026-06-01');
    expect(nextDayStart(at, 'Europe/Berlin') - at).toBe(2 * H);
  });
});

describe('the reminder time', () => {
  const zone = 'Asia/Shanghai';
  it('is later today when the time has not come yet, else tomorrow', () => {
    const morning = Date.parse('2026-03-10T00:00:00Z'); // 08:00 local
    expect(iso(nextTimeOfDay('09:30', morning, zone))).toBe('2026-03-10T01:30:00.000Z');
    const noon = Date.parse('2026-03-10T04:00:00Z');
    expect(iso(nextTimeOfDay('09:30', noon, zone))).toBe('2026-03-11T01:30:00.000Z');
    // exactly at the time: the next one
    expect(iso(nextTimeOfDay('09:30', Date.parse('2026-03-10T01:30:00Z'), zone))).toBe('2026-03-11T01:30:00.000Z');
  });

  it('keeps the wall-clock time across DST, and a skipped time fires at the first minute after', () => {
    const ny = 'America/New_York';
    const before = Date.parse('2026-03-07T15:00:00Z'); // 10:00 EST on the 7th
    const next = nextTimeOfDay('09:30', before, ny);
    expect(clockTime(next, ny)).toBe('09:30');
    expect(toBusinessDate(next, ny)).toBe('2026-03-08');
    const skipped = nextTimeOfDay('02:30', Date.parse('2026-03-08T05:00:00Z'), ny); // 00:00 on the DST day
    expect(toBusinessDate(skipped, ny)).toBe('2026-03-08');
    expect(clockTime(skipped, ny)).toBe('03:30');
  });
});

describe('calendar arithmetic', () => {
  it('shifts dates and months, lists days, knows month lengths', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(dateRange('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(dateRange('2026-01-02', '2026-01-01')).toEqual([]);
    expect(monthDates('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthDates('2028-02').last).toBe('2028-02-29');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});
