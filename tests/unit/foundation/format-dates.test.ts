import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate, toBusinessDate } from '@/lib/dates';
import { formatMoney, formatNumber, formatPercent, MISSING } from '@/lib/format';

describe('formatting for zh-CN', () => {
  it('shows missing values as a dash, never 0', () => {
    expect(formatNumber(undefined, 'zh-CN')).toBe(MISSING);
    expect(formatPercent(Number.NaN, 'zh-CN')).toBe(MISSING);
    expect(formatMoney(undefined, 'zh-CN')).toBe(MISSING);
  });
  it('formats numbers, money and ratios', () => {
    expect(formatNumber(12345, 'zh-CN')).toBe('12,345');
    expect(formatPercent(0.0322, 'zh-CN')).toBe('3.22%');
    expect(formatMoney(1234.5, 'zh-CN')).toMatch(/1,234\.5/);
  });
});

describe('business dates', () => {
  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('uses the local calendar day', () => {
    expect(toBusinessDate(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(toBusinessDate(new Date(2026, 10, 23, 0, 0))).toBe('2026-11-23');
  });
});

describe('isoDate', () => {
  it('gives real calendar days only, leap years included', () => {
    expect(isoDate(2026, 11, 21)).toBe('2026-11-21');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(2026, 2, 29)).toBeUndefined();
    expect(isoDate(2100, 2, 29)).toBeUndefined();
    expect(isoDate(2026, 4, 31)).toBeUndefined();
    expect(isoDate(2026, 13, 1)).toBeUndefined();
    expect(isoDate(2026, 1, 0)).toBeUndefined();
    expect(isoDate(2026, 1.5, 1)).toBeUndefined();
    expect(isoDate(Number.NaN, 1, 1)).toBeUndefined();
    expect(isoDate(1969, 12, 31)).toBeUndefined();
  });
  it('agrees with the calendar Date keeps, for any year, month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2200 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
        const date = new Date(Date.UTC(y, m - 1, d));
        const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isoDate(y, m, d)).toBe(real ? date.toISOString().slice(0, 10) : undefined);
      }),
      { numRuns: 5000 },
    );
  });
});
