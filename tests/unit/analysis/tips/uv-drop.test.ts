import { describe, expect, it } from 'vitest';
import { uvDrop } from '@/lib/analysis/tips/uv-drop';
import { scene } from './context';

describe('tip: visitors dropped', () => {
  it('1000 a day, then 700: −30 %', () => {
    const [tip] = uvDrop.evaluate(scene({ uv: 1000 }, { uv: 700 }));
    expect(tip).toMatchObject({ rule: 'uvDrop', date: '2026-11-08', act: 'traffic', severity: 'high' });
    expect(tip!.evidence[0]).toMatchObject({ label: 'metric.uv', value: { value: 700 }, baseline: { value: 1000 } });
    expect(tip!.evidence[0]!.change).toBeCloseTo(-0.3, 12);
    expect(tip!.score).toBe(85);
  });

  it('−15 %: no tip; a rise: no tip', () => {
    expect(uvDrop.evaluate(scene({ uv: 1000 }, { uv: 850 }))).toEqual([]);
    expect(uvDrop.evaluate(scene({ uv: 1000 }, { uv: 2000 }))).toEqual([]);
  });

  it('skips days where UV is unknown and uses the last known day', () => {
    const base = scene({ uv: 1000 }, { pv: 5 });
    const ctx = { ...base, shopDays: base.shopDays.map((d) => (d.date === '2026-11-07' ? { date: d.date, metrics: { uv: 500 } } : d)) };
    const [tip] = uvDrop.evaluate(ctx);
    expect(tip!.date).toBe('2026-11-07');
    expect(tip!.params.days).toBe(6); // only six known days before it
  });

  it('older findings rank lower', () => {
    const ctx = scene({ uv: 1000 }, { uv: 700 }, { today: '2026-11-12' }); // latest data day 2026-11-11
    const fresh = uvDrop.evaluate(ctx)[0]!.score;
    const stale = uvDrop.evaluate({ ...ctx, today: '2026-11-15' })[0]!.score;
    expect(fresh - stale).toBe(6);
  });
});
