import { describe, expect, it } from 'vitest';
import { completeWeeks, dateRange, daysBetween, isFinalRead, weekStart } from '@/lib/dates';

describe('analysis dates', () => {
  it('weeks start on Monday', () => {
    expect(weekStart('2026-11-16')).toBe('2026-11-16'); // Monday
    expect(weekStart('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('complete weeks end on or before the last day', () => {
    expect(completeWeeks('2026-11-22', 2)).toEqual(['2026-11-09', '2026-11-16']); // Sunday: its week is complete
    expect(completeWeeks('2026-11-25', 2)).toEqual(['2026-11-09', '2026-11-16']); // Wednesday: it is not
  });

  it('ranges and differences', () => {
    expect(dateRange('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(dateRange('2026-03-02', '2026-03-01')).toEqual([]);
    expect(daysBetween('2026-11-30', '2026-12-31')).toBe(31);
  });

  it('a read is final once its day is over', () => {
    const at = new Date('2026-11-22T23:59:00').getTime();
    expect(isFinalRead('2026-11-22', at)).toBe(false);
    expect(isFinalRead('2026-11-21', at)).toBe(true);
    expect(isFinalRead('2026-11-22', undefined)).toBe(true);
  });
});
