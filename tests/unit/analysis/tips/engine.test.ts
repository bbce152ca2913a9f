import { describe, expect, it } from 'vitest';
import { runTips, severityOf, TIP_RULES } from '@/lib/analysis/tips';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { scene } from './context';

describe('tips engine', () => {
  it('ranks by score, then newest', () => {
    const ctx = scene({ uv: 1000, paidBuyers: 30, bounceRate: 0.4, dsr: 4.9 }, { uv: 700, paidBuyers: 14, bounceRate: 0.5, dsr: 4.7 });
    ctx.campaigns = [{ id: 1, name: '双11', start: '2026-11-01', end: '2026-11-03' }];
    const tips = runTips(ctx);
    expect(tips.map((t) => t.rule)).toEqual(['conversionDrop', 'uvDrop', 'dsrFloor', 'bounceRise', 'campaignUnreviewed']);
    expect(tips.map((t) => t.score)).toEqual([60 + 33, 55 + 30, 70 + 10, 40 + 25, 35 + 6]);
    expect(tips.every((t) => t.severity === severityOf(t.score))).toBe(true);
    // Conversion: (14 / 700 = 2 %) vs 3 %.
  });

  it('an empty shop has no tips', () => {
    expect(runTips({ ...scene({}, {}), shopDays: [] })).toEqual([]);
  });

  it('every rule lives in its own module with its own test', () => {
    const dir = path.resolve(import.meta.dirname, '../../../../lib/analysis/tips');
    const modules = readdirSync(dir).filter((f) => !['index.ts', 'types.ts', 'baseline.ts', 'shop-change.ts', 'shop-window.ts'].includes(f));
    expect(modules).toHaveLength(TIP_RULES.length);
    const tests = readdirSync(import.meta.dirname);
    for (const m of modules) expect(tests, m).toContain(m.replace(/\.ts$/, '.test.ts'));
  });
});
