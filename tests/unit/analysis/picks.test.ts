import { describe, expect, it } from 'vitest';
import { delistCandidates } from '@/lib/analysis/delist';
import { heroPicks, newHeroes } from '@/lib/analysis/hero';
import { dsrWarning, ratingWarnings } from '@/lib/analysis/ratings';
import { itemsConversion, type ItemWindow } from '@/lib/analysis/window';

const w = (itemId: string, uv: number, buyers?: number, extra: Partial<ItemWindow> = {}): ItemWindow => ({
  itemId,
  uv,
  uvDays: 7,
  ...(buyers !== undefined ? { buyers, buyersUv: uv, buyersDays: 7 } : { buyersDays: 0 }),
  ...extra,
});

const thresholds = { heroMinUv: 3000, heroMinConversion: 0.03, heroAboveShopAverage: true, heroRequireLowBounce: true };

describe('hero candidates (主推候选)', () => {
  const items = [
    w('A', 3500, 140), // 4 %: over the floor
    w('B', 5000, 125), // 2.5 %: only above the 2 % shop average
    w('C', 800, 80), // 10 % on 800 UV: noise
    w('D', 4000, 40), // 1 %
    w('E', 9000), // buyers unknown
    w('F', 3000, 90, { bouncedUv: 2400, bounceUv: 3000 }), // exactly at both floors, bounce 80 %
  ];

  it('UV floor AND conversion floor (or above the shop average) AND low bounce by default', () => {
    const r = heroPicks(items, thresholds, { conversion: 0.02, bounce: 0.5 });
    expect(r.candidates.map((c) => [c.itemId, c.basis, c.bounceCheck])).toEqual([
      ['A', 'floor', 'unknown'],
      ['B', 'aboveAverage', 'unknown'],
    ]);
    expect(r.candidates[0]!.conversion).toBeCloseTo(0.04, 12);
    // F passes traffic and conversion but bounces 80 % against the shop's 50 %: listed apart.
    expect(r.highBounce).toEqual([expect.objectContaining({ itemId: 'F', bounce: 0.8, highBounce: true })]);
  });

  it('bounce at or below the shop’s is met (“跳失率较低”); unknown shop bounce leaves it unchecked, never dropped', () => {
    const low = w('L', 4000, 160, { bouncedUv: 2000, bounceUv: 4000 }); // 50 %
    const r = heroPicks([low], thresholds, { conversion: 0.02, bounce: 0.5 });
    expect(r.candidates).toEqual([expect.objectContaining({ itemId: 'L', bounceCheck: 'low' })]);
    expect(r.candidates[0]!.highBounce).toBeUndefined();
    const noShop = heroPicks([low, items[5]!], thresholds, { conversion: 0.02 });
    expect(noShop.candidates.map((c) => [c.itemId, c.bounceCheck])).toEqual([
      ['L', 'unknown'],
      ['F', 'unknown'],
    ]);
    expect(noShop.highBounce).toEqual([]);
  });

  it('with heroRequireLowBounce off, a high bounce is only flagged', () => {
    const r = heroPicks(items, { ...thresholds, heroRequireLowBounce: false }, { conversion: 0.02, bounce: 0.5 });
    expect(r.candidates.map((c) => c.itemId)).toEqual(['A', 'B', 'F']);
    expect(r.candidates[2]).toMatchObject({ bounce: 0.8, highBounce: true, bounceCheck: 'notRequired' });
    expect(r.highBounce).toEqual([]);
  });

  it('high conversion on small traffic is listed as noise, never as a candidate', () => {
    const r = heroPicks(items, thresholds, { conversion: 0.02 });
    expect(r.noise.map((c) => c.itemId)).toEqual(['C']);
    expect(r.noise[0]!.conversion).toBeCloseTo(0.1, 12);
  });

  it('without the shop-average rule only the floor counts', () => {
    const r = heroPicks(items, { ...thresholds, heroAboveShopAverage: false }, { conversion: 0.02 });
    expect(r.candidates.map((c) => c.itemId)).toEqual(['A', 'F']);
  });

  it('no items, no candidates', () => {
    expect(heroPicks([], thresholds, {})).toEqual({ candidates: [], noise: [], highBounce: [] });
  });

  it('new heroes are candidates now that were not before', () => {
    const now = heroPicks([w('A', 3500, 140), w('G', 4000, 200)], thresholds, {});
    const before = heroPicks([w('A', 3500, 140)], thresholds, {});
    expect(newHeroes(now, before).map((h) => h.itemId)).toEqual(['G']);
  });

  it('shop conversion from the items: Σ buyers / Σ UV', () => {
    expect(itemsConversion([w('A', 1000, 30), w('B', 3000, 30), w('C', 500)])).toBeCloseTo(60 / 4000, 12);
    expect(itemsConversion([])).toBeUndefined();
  });
});

describe('delist candidates (30 天无销量)', () => {
  const today = '2026-12-31';
  it('last sale older than the window: candidate; within it: active', () => {
    const r = delistCandidates(
      [
        { itemId: 'sold-30-days-ago', lastSaleDate: '2026-12-01', daysWithData: 30 },
        { itemId: 'sold-31-days-ago', lastSaleDate: '2026-11-30', daysWithData: 30 },
        { itemId: 'sold-90-days-ago', lastSaleDate: '2026-10-02', daysWithData: 0 },
      ],
      today,
      30,
    );
    expect(r.candidates.map((c) => [c.itemId, c.daysSince])).toEqual([
      ['sold-90-days-ago', 90],
      ['sold-31-days-ago', 31],
    ]);
    expect(r.active).toBe(1);
  });

  it('never seen selling: listed apart (读到 N 天，尚未见到成交), only with data on at least half the window', () => {
    const r = delistCandidates(
      [
        { itemId: 'quiet', daysWithData: 15 },
        { itemId: 'barely-read', daysWithData: 14 },
        { itemId: 'gone', status: 'delisted', daysWithData: 30 },
      ],
      today,
      30,
    );
    // Never seen selling is not "30 days without a sale": listed apart, under its own words.
    expect(r.candidates).toEqual([]);
    expect(r.neverSold).toEqual([{ itemId: 'quiet', reason: 'noSaleSeen', daysWithData: 15 }]);
    expect(r.unknown).toBe(1);
  });

  it('the data needed follows the seller’s window: half of 14 days is 7, half of 15 rounds up to 8', () => {
    const items = [
      { itemId: 'seven', daysWithData: 7 },
      { itemId: 'six', daysWithData: 6 },
    ];
    expect(delistCandidates(items, today, 14).neverSold.map((c) => c.itemId)).toEqual(['seven']);
    expect(delistCandidates(items, today, 15).neverSold).toEqual([]);
    expect(delistCandidates(items, today, 15).unknown).toBe(2);
  });
});

describe('rating floor', () => {
  it('items under the floor, lowest first; delisted items left out', () => {
    expect(
      ratingWarnings(
        [
          { itemId: 'a', rating: 4.79 },
          { itemId: 'b', rating: 4.8 },
          { itemId: 'c', rating: 4.5 },
          { itemId: 'd' },
          { itemId: 'e', rating: 3, status: 'delisted' },
        ],
        4.8,
      ),
    ).toEqual([
      { itemId: 'c', rating: 4.5 },
      { itemId: 'a', rating: 4.79 },
    ]);
  });

  it('the shop DSR under the floor', () => {
    expect(dsrWarning({ date: '2026-11-20', dsr: 4.7 }, 4.8)).toEqual({ date: '2026-11-20', dsr: 4.7 });
    expect(dsrWarning({ date: '2026-11-20', dsr: 4.8 }, 4.8)).toBeUndefined();
    expect(dsrWarning(undefined, 4.8)).toBeUndefined();
  });
});
