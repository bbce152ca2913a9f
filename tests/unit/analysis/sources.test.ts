import { describe, expect, it } from 'vitest';
import { sourceComposition } from '@/lib/analysis/sources';
import { before, now, today } from './tips/sources-scene';

describe('来源构成 shares (Σ source ÷ Σ all, this week vs last)', () => {
  it('shares of visitors and of sales, and their change in percentage points', () => {
    const c = sourceComposition([before, ...now], today, 7);
    expect(c.now).toEqual({ from: '2026-11-16', to: '2026-11-22', days: 2 });
    expect(c.before).toEqual({ from: '2026-11-09', to: '2026-11-15', days: 1 });
    const [ztc, search, fresh] = c.rows;
    expect(ztc).toMatchObject({ source: '直通车', uv: 8000, uvShare: 8000 / 12000, uvShareBefore: 0.3, salesShare: 0.5, salesShareBefore: 0.3 });
    expect(ztc!.uvShareChange).toBeCloseTo(8000 / 12000 - 0.3, 12);
    expect(search).toMatchObject({ source: '手淘搜索', uvShare: 4000 / 12000, uvShareBefore: 0.6 });
    // Sales unknown on 11-22: the share rests on the days where sales were read.
    expect(search!.salesShare).toBe(0.5);
    // A source missing from last week has no "before": unknown, not 0 %.
    expect(fresh).toEqual({ source: '新来源', uv: 0, uvShare: 0 });
  });

  it('nothing read: empty windows, no rows', () => {
    expect(sourceComposition([], today, 7)).toEqual({ now: { from: '2026-11-16', to: '2026-11-22', days: 0 }, before: { from: '2026-11-09', to: '2026-11-15', days: 0 }, rows: [] });
  });
});
