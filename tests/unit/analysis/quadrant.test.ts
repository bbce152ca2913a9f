import { describe, expect, it } from 'vitest';
import { median, priceConversionQuadrants } from '@/lib/analysis/quadrant';
import type { ItemWindow } from '@/lib/analysis/window';

const w = (itemId: string, uv: number, buyers: number): ItemWindow => ({ itemId, uv, uvDays: 30, buyers, buyersUv: uv, buyersDays: 30 });

describe('price × conversion quadrants (DOMAIN §3)', () => {
  const items = [
    w('star', 4000, 200), // ¥300, 5 %
    w('premium', 5000, 50), // ¥250, 1 %
    w('driver', 6000, 300), // ¥30, 5 %
    w('weak', 5000, 50), // ¥20, 1 %
    w('tiny', 100, 20), // ¥500, 20 % on 100 UV: placed, flagged, not used for the lines
    w('no-price', 5000, 100),
    w('no-traffic', 0, 0),
  ];
  const prices = new Map([
    ['star', 300],
    ['premium', 250],
    ['driver', 30],
    ['weak', 20],
    ['tiny', 500],
    ['no-traffic', 99],
  ]);

  it('splits at the median price and the items’ own conversion, from items with enough traffic', () => {
    const r = priceConversionQuadrants(items, prices, { minUv: 3000 });
    // median(20, 30, 250, 300) = 140; conversion = (200 + 50 + 300 + 50) / 20000 = 3 %
    expect(r.priceSplit).toBe(140);
    expect(r.conversionSplit).toBeCloseTo(0.03, 12);
    expect(Object.fromEntries(r.points.map((p) => [p.itemId, p.quadrant]))).toEqual({
      star: 'star',
      premium: 'premium',
      driver: 'driver',
      weak: 'weak',
      tiny: 'star',
    });
    expect(r.points.find((p) => p.itemId === 'tiny')!.lowTraffic).toBe(true);
    expect(r.counts).toEqual({ star: 2, premium: 1, driver: 1, weak: 1 });
    expect(r.excluded).toEqual({ noPrice: 1, noTraffic: 1 });
    expect(r.trusted).toBe(4);
  });

  it('with fewer than four trusted items every placed item sets the lines', () => {
    const r = priceConversionQuadrants([w('a', 100, 10), w('b', 100, 2)], new Map([['a', 10], ['b', 30]]), { minUv: 3000 });
    expect(r.priceSplit).toBe(20);
    expect(r.conversionSplit).toBeCloseTo(12 / 200, 12);
    expect(r.points.map((p) => p.quadrant)).toEqual(['driver', 'premium']);
  });

  it('three trusted items are too few: the low-traffic one joins the lines too', () => {
    const three = [w('star', 4000, 200), w('premium', 5000, 50), w('driver', 6000, 300), w('tiny', 100, 20)];
    const r = priceConversionQuadrants(three, prices, { minUv: 3000 });
    // median(30, 250, 300, 500) = 275 (trusted only: 250); conversion = 570 / 15100 ≈ 3.77 %
    expect(r.trusted).toBe(3);
    expect(r.priceSplit).toBe(275);
    expect(r.conversionSplit).toBeCloseTo(570 / 15100, 12);
    // ¥250 is under the line drawn with the fourth item: weak, where trusted-only lines make it premium.
    expect(r.points.find((p) => p.itemId === 'premium')!.quadrant).toBe('weak');
  });

  it('nothing to place: no lines, no points', () => {
    const r = priceConversionQuadrants([], new Map(), { minUv: 3000 });
    expect(r).toMatchObject({ points: [], counts: { star: 0, premium: 0, driver: 0, weak: 0 } });
    expect(r.priceSplit).toBeUndefined();
  });

  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
