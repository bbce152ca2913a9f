import { describe, expect, it } from 'vitest';
import { dsrFloor } from '@/lib/analysis/tips/dsr-floor';
import { ctxWith } from './context';

describe('tip: DSR under the rating floor', () => {
  it('latest DSR 4.7 < 4.8', () => {
    const [tip] = dsrFloor.evaluate(ctxWith({ shopDays: [{ date: '2026-11-01', metrics: { dsr: 4.9 } }, { date: '2026-11-07', metrics: { dsr: 4.7 } }] }));
    expect(tip).toMatchObject({ rule: 'dsrFloor', date: '2026-11-07', act: 'reviews', params: { value: { value: 4.7 }, floor: { value: 4.8 } } });
    expect(tip!.score).toBe(70 + 10 - 2);
  });

  it('latest DSR at the floor, or unknown: no tip', () => {
    expect(dsrFloor.evaluate(ctxWith({ shopDays: [{ date: '2026-11-01', metrics: { dsr: 4.5 } }, { date: '2026-11-07', metrics: { dsr: 4.8 } }] }))).toEqual([]);
    expect(dsrFloor.evaluate(ctxWith({ shopDays: [{ date: '2026-11-07', metrics: { uv: 1 } }] }))).toEqual([]);
  });
});
