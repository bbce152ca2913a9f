import { describe, expect, it } from 'vitest';
import { conversionDrop } from '@/lib/analysis/tips/conversion-drop';
import { scene } from './context';

describe('tip: conversion dropped vs the baseline average', () => {
  it('3 % for a week, then 2 %: −33 % ≥ 20 % → one dated tip citing both numbers', () => {
    const [tip, ...rest] = conversionDrop.evaluate(scene({ uv: 1000, paidBuyers: 30 }, { uv: 1000, paidBuyers: 20 }));
    expect(rest).toEqual([]);
    expect(tip).toMatchObject({ rule: 'conversionDrop', date: '2026-11-08', numbers: { tab: 'report', focus: '2026-11-08' }, act: 'itemAnalysis' });
    expect(tip!.evidence[0]!.value).toEqual({ value: 0.02, kind: 'percent' });
    expect(tip!.evidence[0]!.baseline!.value).toBeCloseTo(0.03, 12);
    expect(tip!.evidence[0]!.change).toBeCloseTo(-1 / 3, 12);
    expect(tip!.params.days).toBe(7);
    expect(tip!.score).toBe(60 + 33);
  });

  it('the baseline is Σ buyers / Σ UV of the baseline days, not a mean of daily rates', () => {
    const ctx = scene({ uv: 1000, paidBuyers: 30 }, { uv: 1000, paidBuyers: 21 });
    ctx.shopDays = [{ date: '2026-11-01', metrics: { uv: 9000, paidBuyers: 90 } }, ...ctx.shopDays.slice(1)];
    // 6 days at 3 % on 1000 UV + 1 day at 1 % on 9000 UV: (180 + 90) / 15000 = 1.8 %, so 2.1 % is a
    // rise. The mean of the daily rates (2.71 %) would have called it a 22.6 % drop.
    expect(conversionDrop.evaluate(ctx)).toEqual([]);
  });

  it('−15 % is under the 20 % threshold: no tip', () => {
    expect(conversionDrop.evaluate(scene({ uv: 1000, paidBuyers: 40 }, { uv: 1000, paidBuyers: 34 }))).toEqual([]);
  });

  it('a real-time figure (read during its day) is not compared; the last final day is', () => {
    const ctx = scene({ uv: 1000, paidBuyers: 30 }, { uv: 400, paidBuyers: 4 });
    const at = new Date('2026-11-08T15:00:00').getTime();
    ctx.shopDays[ctx.shopDays.length - 1]!.provenance = { uv: { at }, paidBuyers: { at } };
    expect(conversionDrop.evaluate(ctx)).toEqual([]);
  });

  it('fewer than half the baseline days known: no baseline, no tip', () => {
    expect(conversionDrop.evaluate(scene({ uv: 1000, paidBuyers: 30 }, { uv: 1000, paidBuyers: 5 }, { days: 3 }))).toEqual([]);
  });

  it('empty history: nothing', () => {
    expect(conversionDrop.evaluate({ ...scene({}, {}), shopDays: [] })).toEqual([]);
  });
});
