import { describe, expect, it } from 'vitest';
import { addDays, toBusinessDate } from '@/lib/dates';
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
