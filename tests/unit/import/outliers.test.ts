import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { defaultDrops, findOutliers } from '@/lib/import/outliers';
import { withoutDays } from '@/lib/import/preview';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const options = { ratio: DEFAULT_SETTINGS.thresholds.importOutlierRatio, aovTolerance: DEFAULT_SETTINGS.thresholds.importAovTolerance };
/** 21 ordinary days: ¥20,000 from 500 buyers (AOV ¥40), 10,000 visitors. */
const days = () =>
  Array.from({ length: 21 }, (_, i) => ({ date: addDays('2026-10-01', i), metrics: { salesAmount: 20000 + (i % 7) * 500, paidBuyers: 500, uv: 10000, aov: 40 + (i % 7), conversionRate: 0.05 } }));

describe('import outliers (issue 14)', () => {
  it('flags a ¥2.35 M day whose 客单价 (¥5,858) disagrees with sales ÷ buyers (¥4,700) as a spike and an AOV mismatch, dropped by default', () => {
    const input = days();
    input[10]!.metrics = { salesAmount: 2_350_000, paidBuyers: 500, uv: 10000, aov: 5858, conversionRate: 0.05 };
    const [outlier, ...rest] = findOutliers(input, options);
    expect(rest).toEqual([]);
    expect(outlier!.date).toBe('2026-10-11');
    expect(outlier!.reasons.map((r) => r.code).sort()).toEqual(['aovMismatch', 'spike']);
    expect(outlier!.reasons.find((r) => r.code === 'aovMismatch')).toMatchObject({ value: 5858, expected: 4700 });
    expect(outlier!.impossible).toBe(true);
    expect([...defaultDrops([outlier!])]).toEqual(['2026-10-11']);
  });

  it('uses the threshold: 5× by default (a 4× day passes), 3× when the seller sets it', () => {
    const input = days();
    input[10]!.metrics = { ...input[10]!.metrics, uv: 40000 };
    expect(findOutliers(input, options)).toEqual([]);
    const strict = findOutliers(input, { ...options, ratio: 3 });
    expect(strict).toEqual([{ date: '2026-10-11', impossible: false, reasons: [{ code: 'spike', metric: 'uv', value: 40000, median: 10000 }] }]);
    // A spike alone is kept by default (a real 双11 looks like one).
    expect(defaultDrops(strict).size).toBe(0);
  });

  it('flags a dip under a fifth, a ratio over 100 %, and says nothing with too few neighbours', () => {
    const input = days();
    input[3]!.metrics = { ...input[3]!.metrics, uv: 1500 };
    input[15]!.metrics = { ...input[15]!.metrics, conversionRate: 1.25 };
    expect(findOutliers(input, options).map((o) => [o.date, o.reasons.map((r) => r.code)])).toEqual([
      ['2026-10-04', ['dip']],
      ['2026-10-16', ['overHundred']],
    ]);
    expect(findOutliers(input.slice(0, 3), options).filter((o) => o.reasons.some((r) => r.code === 'dip'))).toEqual([]);
  });

  it('missing values are not zeros: a day without a metric is neither flagged nor a neighbour', () => {
    const input = days();
    input[5]!.metrics = { uv: 10000 } as (typeof input)[number]['metrics'];
    expect(findOutliers(input, options)).toEqual([]);
  });

  it('dropping a day removes its shop figures and the items’ figures of that date', () => {
    const extraction = { shopDays: [{ date: 'a', metrics: { uv: 1 } }, { date: 'b', metrics: { uv: 2 } }], items: [{ itemId: '1', days: [{ date: 'a', metrics: { uv: 1 } }, { date: 'b', metrics: { uv: 1 } }] }] };
    expect(withoutDays(extraction, new Set(['a']))).toEqual({ shopDays: [{ date: 'b', metrics: { uv: 2 } }], items: [{ itemId: '1', days: [{ date: 'b', metrics: { uv: 1 } }] }] });
  });
});
