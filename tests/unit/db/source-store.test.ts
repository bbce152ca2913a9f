import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeCapture, type CaptureInput } from '@/lib/db/capture-store';
import { ShopMateDB } from '@/lib/db/schema';

/** 来源构成 into history through the one capture path: one row per shop per day, the read that wins kept whole. */

let db: ShopMateDB;
beforeEach(() => {
  db = new ShopMateDB(`sources-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const read = (rows: { source: string; uv?: number }[], capturedAt: number, date = '2026-11-21'): CaptureInput => ({
  platform: 'taobao',
  currency: 'CNY',
  pageKind: 'traffic',
  url: 'https://sycm.taobao.com/flow/monitor/shopsource/construction',
  source: 'dom',
  capturedAt,
  extraction: { shopDays: [], items: [], sources: [{ date, rows }] },
});

describe('来源构成 history', () => {
  it('a later read of the day replaces the whole table (no source mixed from two reads)', async () => {
    await storeCapture(db, read([{ source: '手淘搜索', uv: 100 }, { source: '直通车', uv: 50 }], at('2026-11-21', 10)));
    await storeCapture(db, read([{ source: '手淘搜索', uv: 300 }], at('2026-11-21', 18)));
    expect(await db.sourceDaily.toArray()).toEqual([
      { shopKey: 'taobao:default', date: '2026-11-21', rows: [{ source: '手淘搜索', uv: 300 }], source: 'dom', at: at('2026-11-21', 18) },
    ]);
  });

  it('a final read (after the day) beats a real-time one read later; the same table again rewrites nothing', async () => {
    await storeCapture(db, read([{ source: '手淘搜索', uv: 1000 }], at('2026-11-22', 9)));
    await storeCapture(db, read([{ source: '手淘搜索', uv: 400 }], at('2026-11-21', 20)));
    expect((await db.sourceDaily.toArray())[0]!.rows).toEqual([{ source: '手淘搜索', uv: 1000 }]);
    await storeCapture(db, read([{ source: '手淘搜索', uv: 1000 }], at('2026-11-22', 11)));
    expect((await db.sourceDaily.toArray())[0]!.at).toBe(at('2026-11-22', 9));
  });

  it('a read with only sources is logged like any other read', async () => {
    await storeCapture(db, read([{ source: '搜索', uv: 1 }], at('2026-11-21', 10)));
    expect(await db.snapshots.count()).toBe(1);
    expect(await db.shopDaily.count()).toBe(0);
  });
});
