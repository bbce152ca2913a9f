import Dexie from 'dexie';
import { RollupDB } from '@/lib/db/rollups';

/** The rollup cache's version 2 renamed the packs' `sales` column: packs of version 1 are dropped, to be rebuilt. */
describe('rollup cache upgrade', () => {
  it('empties a version 1 cache (packs with the old `sales` column)', async () => {
    const name = `rollups-upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ slots: 'shopKey', days: '[shopKey+date]', weeks: '[shopKey+week]' });
    await v1.table('slots').put({ shopKey: 'taobao:1', ids: ['a'] });
    await v1.table('days').put({ shopKey: 'taobao:1', date: '2026-11-30', n: 1, has: new Uint8Array([1]), sales: new Float64Array([400]) });
    await v1.table('weeks').put({ shopKey: 'taobao:1', week: '2026-11-24', n: 1, sales: new Float64Array([400]) });
    v1.close();

    const v2 = new RollupDB(name);
    expect(await Promise.all([v2.slots.count(), v2.days.count(), v2.weeks.count()])).toEqual([0, 0, 0]);
    await v2.delete();
  });
});
