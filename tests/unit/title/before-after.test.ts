import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { beforeAfter, type DayMetrics } from '@/lib/title/before-after';

const t = DEFAULT_SETTINGS.thresholds; // 7 days, drops of 20 %
const originalTz = process.env.TZ;

function days(from: string, count: number, metrics: (i: number) => DayMetrics['metrics']): DayMetrics[] {
  return Array.from({ length: count }, (_, i) => ({ date: addDays(from, i), metrics: metrics(i) }));
}

describe('before/after an edit', () => {
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });
  const editAt = new Date('2026-03-10T03:00:00+08:00').getTime();

  it('compares the 7 days before with the 7 days after, leaving the edit day out', () => {
    const rows = [
      ...days('2026-03-03', 7, () => ({ uv: 1000, paidBuyers: 40, salesAmount: 4000 })),
      { date: '2026-03-10', metrics: { uv: 99999 } }, // edit day: ignored
      ...days('2026-03-11', 7, () => ({ uv: 700, paidBuyers: 21, salesAmount: 2100 })),
    ];
    const r = beforeAfter(rows, editAt, '2026-03-20', t);
    expect(r.editDate).toBe('2026-03-10');
    expect(r.before).toMatchObject({ from: '2026-03-03', to: '2026-03-09', daysElapsed: 7, daysWithData: 7, uvPerDay: 1000, conversionRate: 0.04 });
    expect(r.after).toMatchObject({ from: '2026-03-11', to: '2026-03-17', uvPerDay: 700, conversionRate: 0.03, salesPerDay: 2100 });
    expect(r.change.uv).toBeCloseTo(-0.3);
    expect(r.change.conversionRate).toBeCloseTo(-0.25);
    expect(r.drops).toEqual(['uv', 'conversionRate', 'salesAmount']);
    expect(r.complete).toBe(true);
  });

  it('missing days are gaps, never zeros: averages use the days that have numbers', () => {
    const rows = [
      ...days('2026-03-03', 7, (i) => (i % 2 ? { uv: 1000, paidBuyers: 30 } : {})),
      ...days('2026-03-11', 2, () => ({ uv: 1100, paidBuyers: 33 })),
    ];
    const r = beforeAfter(rows, editAt, '2026-03-20', t);
    expect(r.before.daysWithData).toBe(3);
    expect(r.before.gaps).toHaveLength(4);
    expect(r.before.uvPerDay).toBe(1000);
    expect(r.after.gaps).toEqual(['2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16', '2026-03-17']);
    expect(r.after.uvPerDay).toBe(1100);
    expect(r.drops).toEqual([]);
    expect('salesPerDay' in r.before).toBe(false);
  });

  it('conversion is recomputed from sums; a rate without buyers is turned into buyers', () => {
    const rows = [
      { date: '2026-03-08', metrics: { uv: 100, conversionRate: 0.1 } },
      { date: '2026-03-09', metrics: { uv: 900, paidBuyers: 9 } },
    ];
    // (10 + 9) / 1000, not the average of 10 % and 1 %.
    expect(beforeAfter(rows, editAt, '2026-03-20', t).before.conversionRate).toBeCloseTo(0.019);
  });

  it('the after window fills day by day; today is not counted yet', () => {
    const rows = days('2026-03-03', 12, () => ({ uv: 500 }));
    const r = beforeAfter(rows, editAt, '2026-03-13', t);
    expect(r.after.daysElapsed).toBe(2); // 11th and 12th; the 13th is today
    expect(r.complete).toBe(false);
    const soon = beforeAfter(rows, editAt, '2026-03-11', t);
    expect(soon.after).toMatchObject({ daysElapsed: 0, daysWithData: 0 });
    expect(soon.change).toEqual({});
  });

  it('N and the drop thresholds come from settings', () => {
    const rows = [
      ...days('2026-03-07', 3, () => ({ uv: 1000 })),
      ...days('2026-03-11', 3, () => ({ uv: 850 })),
    ];
    const strict = { ...t, editCompareDays: 3, tipUvDrop: 0.1 };
    const r = beforeAfter(rows, editAt, '2026-03-20', strict);
    expect(r.before.daysElapsed).toBe(3);
    expect(r.drops).toEqual(['uv']);
    expect(beforeAfter(rows, editAt, '2026-03-20', { ...strict, tipUvDrop: 0.2 }).drops).toEqual([]);
  });
});
