import { describe, expect, it } from 'vitest';
import { heroPicks } from '@/lib/analysis/hero';
import { heroAppearing } from '@/lib/analysis/tips/hero-appearing';
import type { ItemWindow } from '@/lib/analysis/window';
import { ctxWith } from './context';

const w = (itemId: string, uv: number, buyers: number): ItemWindow => ({ itemId, uv, uvDays: 7, buyers, buyersUv: uv, buyersDays: 7 });
const t = { heroMinUv: 3000, heroMinConversion: 0.03, heroAboveShopAverage: true, heroRequireLowBounce: true };

describe('tip: a hero candidate appeared', () => {
  it('cites UV and conversion against the floors, links to the hero list and the ads console', () => {
    const [tip] = heroAppearing.evaluate(
      ctxWith({
        hero: { from: '2026-11-02', to: '2026-11-08', now: heroPicks([w('A', 3500, 140), w('B', 4000, 200)], t, {}), before: heroPicks([w('A', 3500, 140)], t, {}) },
      }),
    );
    expect(tip).toMatchObject({ rule: 'heroAppearing', date: '2026-11-08', params: { count: 1, minUv: 3000 }, numbers: { tab: 'items', focus: 'hero' }, act: 'ads' });
    expect(tip!.items![0]!.itemId).toBe('B');
    expect(tip!.items![0]!.evidence.map((e) => [e.label, e.value!.value, e.baseline!.value])).toEqual([
      ['metric.uv', 4000, 3000],
      ['metric.conversionRate', 0.05, 0.03],
    ]);
  });

  it('the same candidates as before: no tip', () => {
    const same = heroPicks([w('A', 3500, 140)], t, {});
    expect(heroAppearing.evaluate(ctxWith({ hero: { from: '2026-11-02', to: '2026-11-08', now: same, before: same } }))).toEqual([]);
  });
});
