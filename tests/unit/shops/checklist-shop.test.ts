import { describe, expect, it } from 'vitest';
import { checklistOf, currentShopKey, withChecklist } from '@/lib/checklist/shop';

describe('a checklist per shop', () => {
  const row = { date: '2026-12-06', overrides: { rules: { done: true, at: 1 } }, shops: { 'taobao:1': { overrides: { 'shop-check': { done: false, at: 2 } } } } };

  it('a shop reads its own list; a shop without one that day, the list from before shops were known', () => {
    expect(checklistOf(row, 'taobao:1')).toEqual({ overrides: { 'shop-check': { done: false, at: 2 } } });
    expect(checklistOf(row, 'pinduoduo:2')).toEqual({ overrides: { rules: { done: true, at: 1 } } });
    expect(checklistOf(undefined, 'taobao:1')).toEqual({ overrides: {} });
  });

  it('writing one shop leaves the others as they were', () => {
    const next = withChecklist(row, 'pinduoduo:2', { overrides: { ads: { done: true, at: 3 } } });
    expect(next.shops).toEqual({ 'taobao:1': row.shops['taobao:1'], 'pinduoduo:2': { overrides: { ads: { done: true, at: 3 } } } });
    expect(next.overrides).toEqual(row.overrides);
    expect(withChecklist(row, undefined, { overrides: {}, summary: { done: [], total: 10 } })).toMatchObject({ overrides: {}, summary: { done: [], total: 10 }, shops: row.shops });
  });

  it('the current shop: the one picked, else the shop of the page opened last, else the shop read last', () => {
    const known = [{ key: 'taobao:1' }, { key: 'pinduoduo:2' }];
    expect(currentShopKey('pinduoduo:2', known, { shopKey: 'taobao:1', at: 5 }, undefined)).toBe('pinduoduo:2');
    expect(currentShopKey('gone:9', known, { shopKey: 'taobao:1', at: 5 }, { key: 'pinduoduo:2', lastSeenAt: 4 })).toBe('taobao:1');
    expect(currentShopKey(undefined, known, { shopKey: 'taobao:1', at: 5 }, { key: 'pinduoduo:2', lastSeenAt: 6 })).toBe('pinduoduo:2');
    expect(currentShopKey(undefined, [], undefined, undefined)).toBeUndefined();
  });
});
