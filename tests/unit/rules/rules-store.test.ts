import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeCapture } from '@/lib/db/capture-store';
import { deleteRule, noteApplied, rulesOfConsole, teachRule, undoTeach, updateRule } from '@/lib/db/rules-store';
import { ShopMateDB } from '@/lib/db/schema';
import type { Teach } from '@/lib/rules/schema';

/** Taught rules in the database: one per console and label, corrections take the misread out of history, undo puts it back. */

let db: ShopMateDB;
beforeEach(() => {
  db = new ShopMateDB(`rules-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const AT = Date.UTC(2026, 10, 22, 6);
const teach = (over: Partial<Teach> = {}): Teach => ({
  platform: 'taobao',
  host: 'sycm.taobao.com',
  pageKind: 'dashboard',
  labelText: '万相台消耗',
  hint: { position: 'after', tag: 'div' },
  metric: 'adSpend',
  ...over,
});

async function seedDay() {
  await storeCapture(db, {
    platform: 'taobao',
    currency: 'CNY',
    pageKind: 'dashboard',
    url: 'https://sycm.taobao.com/portal/home.htm',
    source: 'dom',
    capturedAt: AT,
    extraction: { shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays: [{ date: '2026-11-22', metrics: { uv: 12000, refundAmount: 1024 } }], items: [] },
  });
}

describe('teaching', () => {
  it('stores a rule keyed by console and label (normalised); teaching the label again replaces it', async () => {
    const first = await teachRule(db, teach({ labelText: '万相台消耗：' }), AT);
    await noteApplied(db, [first.id], AT + 1);
    const again = await teachRule(db, teach({ metric: 'orders' }), AT + 2);
    expect(again.id).toBe(first.id);
    expect(await db.rules.toArray()).toEqual([
      expect.objectContaining({ id: first.id, label: '万相台消耗', labelText: '万相台消耗', metric: 'orders', applied: 1, createdAt: AT + 2, enabled: true }),
    ]);
    // Another console's same label is another rule.
    await teachRule(db, teach({ host: 'myseller.taobao.com' }), AT);
    expect(await rulesOfConsole(db, 'taobao', 'sycm.taobao.com')).toHaveLength(1);
  });

  it('a correction takes the misread value out of that shop day, and undo puts it back', async () => {
    await seedDay();
    const shopKey = 'taobao:57300001';
    const { id, removed } = await teachRule(
      db,
      teach({ labelText: '退款金额', metric: null, replaces: 'refundAmount', remove: { shop: { id: '57300001', name: '小鹿家居旗舰店' }, date: '2026-11-22', metric: 'refundAmount' } }),
      AT + 10,
    );
    expect(removed).toMatchObject({ shopKey, date: '2026-11-22', metric: 'refundAmount', value: 1024, provenance: { source: 'dom', at: AT } });
    const day = await db.shopDaily.get([shopKey, '2026-11-22']);
    expect(day?.metrics).toEqual({ uv: 12000 });
    expect(day?.provenance).not.toHaveProperty('refundAmount');
    await undoTeach(db, id, removed);
    expect((await db.shopDaily.get([shopKey, '2026-11-22']))?.metrics).toEqual({ uv: 12000, refundAmount: 1024 });
    expect(await db.rules.count()).toBe(0);
  });

  it('a correction of a day not in history removes nothing', async () => {
    const result = await teachRule(db, teach({ metric: null, replaces: 'refundAmount', remove: { date: '2026-11-20', metric: 'refundAmount' } }), AT);
    expect(result.removed).toBeUndefined();
  });

  it('rejects a rule its own schema refuses, writing nothing', async () => {
    await expect(teachRule(db, teach({ metric: 'refundAmount', replaces: 'refundAmount' }), AT)).rejects.toThrow(/itself/);
    expect(await db.rules.count()).toBe(0);
  });
});

describe('the seller\'s edits', () => {
  it('name, off and on, delete; only enabled rules are read', async () => {
    const { id } = await teachRule(db, teach(), AT);
    await updateRule(db, id, { name: ' 万相台 ', enabled: false });
    expect(await db.rules.get(id)).toMatchObject({ name: '万相台', enabled: false });
    expect(await rulesOfConsole(db, 'taobao', 'sycm.taobao.com')).toEqual([]);
    expect(await rulesOfConsole(db, 'taobao', 'sycm.taobao.com', true)).toHaveLength(1);
    await updateRule(db, id, { name: '', enabled: true });
    expect(await db.rules.get(id)).not.toHaveProperty('name');
    await expect(updateRule(db, 999, { enabled: true })).rejects.toThrow(/no such rule/);
    await deleteRule(db, id);
    expect(await db.rules.count()).toBe(0);
  });

  it('counts how often a rule applied', async () => {
    const { id } = await teachRule(db, teach(), AT);
    await noteApplied(db, [id], AT + 5);
    await noteApplied(db, [id], AT + 9);
    expect(await db.rules.get(id)).toMatchObject({ applied: 2, lastAppliedAt: AT + 9 });
  });
});
