import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { latestTableSpecs, primaryKeyOf } from '@/lib/backup/tables';
import { dbHealthItem, openDatabase, readRawDatabase } from '@/lib/db/open';
import { LATEST_VERSION, ShopMateDB, VERSIONS } from '@/lib/db/schema';
import { realisticV1Rows, realisticV2Rows, realisticV3Rows, SHOP_KEY } from './realistic-rows';

/**
 * The migration harness. For every schema version after the first: fill the PREVIOUS version
 * with realistic rows (as that version stored them), open the latest, and prove nothing was
 * lost. When you append a version to VERSIONS:
 *   1. add a filler for the version before it to FILLERS (if it stores rows differently);
 *   2. if your upgrade changes rows on purpose, say how in AFTER_UPGRADE;
 *   3. if it deletes a table on purpose, list it in DROPPED_TABLES with the reason.
 */

type Rows = Record<string, Record<string, unknown>[]>;
/** Realistic rows for a database at exactly this version. */
const FILLERS: Record<number, () => Rows> = {
  1: () => realisticV1Rows() as unknown as Rows,
  2: () => realisticV2Rows() as unknown as Rows,
  3: () => realisticV3Rows() as unknown as Rows,
  // v4 added 来源构成: a week of one shop's source tables, as the console showed them.
  4: () => ({ ...(realisticV3Rows() as unknown as Rows), sourceDaily: sourceDailyRows() }),
  // v5 added taught rules (issue 12): a reading rule, a correction and a disabled one.
  5: () => ({ ...(realisticV3Rows() as unknown as Rows), sourceDaily: sourceDailyRows(), rules: ruleRows() }),
};

function ruleRows(): Record<string, unknown>[] {
  const base = { platform: 'taobao', host: 'sycm.taobao.com', pageKind: 'dashboard', hint: { position: 'after', tag: 'div' }, enabled: true, createdAt: Date.UTC(2026, 10, 22, 6), applied: 0 };
  return [
    { ...base, id: 1, label: '万相台消耗', labelText: '万相台消耗', metric: 'adSpend', applied: 12, lastAppliedAt: Date.UTC(2026, 10, 23, 2) },
    { ...base, id: 2, label: '退款金额', labelText: '退款金额', metric: null, replaces: 'refundAmount' },
    { ...base, id: 3, label: '直播间访客', labelText: '直播间访客：', metric: 'uv', enabled: false, name: '直播间' },
  ];
}

function sourceDailyRows(): Record<string, unknown>[] {
  return Array.from({ length: 7 }, (_, i) => ({
    shopKey: 'taobao:57300001',
    date: `2026-11-${String(10 + i).padStart(2, '0')}`,
    rows: [
      { source: '手淘搜索', uv: 5200 + i * 10, paidBuyers: 182, salesAmount: 9100 },
      { source: '直通车', uv: 1500, salesAmount: 3000 },
      { source: '其它', uv: 1000 },
    ],
    source: 'dom',
    at: Date.UTC(2026, 10, 11 + i, 1, 0),
  }));
}
/** Upgrades that transform rows on purpose: old row → what it must look like afterwards. */
const AFTER_UPGRADE: Record<number, Partial<Record<string, (old: Record<string, unknown>) => Record<string, unknown>>>> = {
  2: {
    // A shop v1 stored under a console id was named by its page: identified, with that id.
    // `<platform>:default` stays unidentified, for the first shop identified on its platform.
    shops: (old) => (old.shopId === 'default' ? old : { ...old, identifiedAt: old.lastSeenAt, consoleId: old.shopId }),
    // A visit belongs to its platform's most recently seen shop (the filler's Taobao visits: 小鹿).
    pageVisits: (old) => ({ ...old, shopKey: old.platform === 'taobao' ? SHOP_KEY : `${String(old.platform)}:default` }),
  },
  3: {
    // The single list of a day becomes the list of the shop used last (小鹿 in both fillers).
    checklistDays: (old) => {
      if (!old.overrides && !old.summary) return old;
      const { overrides, summary, shops, ...rest } = old;
      return { ...rest, shops: { ...(shops as object), [SHOP_KEY]: { overrides: overrides ?? {}, ...(summary ? { summary } : {}) } } };
    },
    notes: (old) => ({ ...old, shopKey: old.shopKey ?? SHOP_KEY }),
  },
};
/** Tables a version deletes on purpose (version → table → why). */
const DROPPED_TABLES: Record<number, Record<string, string>> = {};

const names: string[] = [];
const dbName = () => {
  const name = `migrate-${Math.random()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
  await dbHealthItem.removeValue();
});

type VersionList = typeof VERSIONS;

/** A database declared up to `upTo` from any version list (ShopMateDB does this for VERSIONS). */
function declare(name: string, versions: VersionList, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const v of versions) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}

async function fillAt(db: Dexie, rows: Rows) {
  await db.transaction('rw', db.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list);
  });
}

async function dump(db: Dexie): Promise<Rows> {
  const out: Rows = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** Every row that was there before is there after, by primary key, with every field kept. */
function expectNothingLost(before: Rows, after: Rows, versions: VersionList, from: number, to: number) {
  const specs = latestTableSpecs(versions.filter((v) => v.version <= from));
  for (const spec of specs) {
    const dropped = versions.filter((v) => v.version > from && v.version <= to).some((v) => v.stores[spec.name] === null);
    if (dropped) {
      const reason = versions
        .filter((v) => v.version > from && v.version <= to)
        .map((v) => DROPPED_TABLES[v.version]?.[spec.name])
        .find(Boolean);
      expect(reason, `table ${spec.name} was deleted: list it in DROPPED_TABLES with the reason`).toBeTruthy();
      continue;
    }
    const newSpec = latestTableSpecs(versions.filter((v) => v.version <= to)).find((s) => s.name === spec.name)!;
    const afterByKey = new Map((after[spec.name] ?? []).map((row) => [primaryKeyOf(newSpec, row), row]));
    expect(afterByKey.size, `${spec.name}: row count`).toBeGreaterThanOrEqual(before[spec.name]?.length ?? 0);
    for (const old of before[spec.name] ?? []) {
      let expected = old;
      for (const v of versions.filter((x) => x.version > from && x.version <= to)) {
        expected = AFTER_UPGRADE[v.version]?.[spec.name]?.(expected) ?? expected;
      }
      const row = afterByKey.get(primaryKeyOf(newSpec, expected));
      expect(row, `${spec.name} ${primaryKeyOf(newSpec, expected)} lost in the upgrade v${from} → v${to}`).toBeDefined();
      expect(row).toMatchObject(expected);
    }
  }
}

async function upgradeKeepsEverything(versions: VersionList, from: number, open: (name: string, upTo: number) => Dexie) {
  const filler = FILLERS[from];
  expect(filler, `add realistic rows for schema v${from} to FILLERS in tests/unit/db/migrations.test.ts`).toBeDefined();
  const name = dbName();
  const old = open(name, from);
  await fillAt(old, filler!());
  const before = await dump(old);
  old.close();

  const latest = open(name, versions.at(-1)!.version);
  await latest.open();
  expect(latest.verno).toBe(versions.at(-1)!.version);
  expectNothingLost(before, await dump(latest), versions, from, versions.at(-1)!.version);
  latest.close();
}

describe('schema migrations: nothing is lost', () => {
  it('VERSIONS is numbered upwards and every version but the last has realistic rows to upgrade from', () => {
    const numbers = VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const v of VERSIONS.slice(1)) {
      expect(FILLERS[v.version - 1], `add a filler for schema v${v.version - 1}`).toBeDefined();
    }
  });

  for (const v of VERSIONS.slice(1)) {
    it(`v${v.version - 1} → latest (v${LATEST_VERSION}) keeps every row`, async () => {
      await upgradeKeepsEverything(VERSIONS, v.version - 1, (name, upTo) => new ShopMateDB(name, upTo));
    });
  }

  it(`v1 → latest (v${LATEST_VERSION}) in one step keeps every row`, async () => {
    await upgradeKeepsEverything(VERSIONS, 1, (name, upTo) => new ShopMateDB(name, upTo));
  });

  it('the harness catches an upgrade that loses or changes rows (checked on made-up next versions)', async () => {
    const next = LATEST_VERSION + 1;
    const open = (versions: VersionList) => (name: string, upTo: number) => declare(name, versions, upTo);
    // A harmless next version (new index, new table, an upgrade that only adds a field) passes…
    const harmless: VersionList = [
      ...VERSIONS,
      {
        version: next,
        stores: { shopDaily: '[shopKey+date], date, updatedAt', tags: '++id, name' },
        upgrade: (tx) => tx.table('notes').toCollection().modify((n: Record<string, unknown>) => { n.pinned = false; }),
      },
    ];
    await upgradeKeepsEverything(harmless, LATEST_VERSION, open(harmless));

    // …one that silently deletes rows does not.
    const lossy: VersionList = [
      ...VERSIONS,
      { version: next, stores: { notes: '++id, date, at' }, upgrade: (tx) => tx.table('notes').where('date').below('2026-11-05').delete().then(() => undefined) },
    ];
    await expect(upgradeKeepsEverything(lossy, LATEST_VERSION, open(lossy))).rejects.toThrow(/notes/);

    // …nor one that rewrites a field it did not declare in AFTER_UPGRADE.
    const rewriting: VersionList = [
      ...VERSIONS,
      { version: next, stores: {}, upgrade: (tx) => tx.table('shopDaily').toCollection().modify((r: { metrics: Record<string, number> }) => { delete r.metrics.uv; }) },
    ];
    await expect(upgradeKeepsEverything(rewriting, LATEST_VERSION, open(rewriting))).rejects.toThrow();
  });
});

describe('a failed upgrade', () => {
  const failingNext: VersionList = [
    ...VERSIONS,
    {
      version: LATEST_VERSION + 1,
      stores: { shopDaily: '[shopKey+date], date, updatedAt' },
      upgrade: (tx) =>
        tx.table('shopDaily').toCollection().modify(() => {
          throw new Error('upgrade bug (simulated)');
        }),
    },
  ];

  it('leaves the old data readable, tells the seller (recorded for the banner), and clears once an open succeeds', async () => {
    const name = dbName();
    const current = new ShopMateDB(name);
    await fillAt(current, FILLERS[1]!());
    const before = await dump(current);
    current.close();

    const result = await openDatabase(declare(name, failingNext, LATEST_VERSION + 1), () => 1234);
    expect(result.ok).toBe(false);
    const health = await dbHealthItem.getValue();
    expect(health).toMatchObject({ at: 1234, expectedVersion: LATEST_VERSION });
    expect(health?.message).toMatch(/upgrade bug \(simulated\)/);

    // The version change was rolled back: the data is still there, at the old version.
    const raw = await readRawDatabase(name);
    expect(raw.version).toBe(LATEST_VERSION);
    expect(raw.tables).toEqual(before);
    const reopened = new ShopMateDB(name);
    expect(await dump(reopened)).toEqual(before);

    // A build that opens fine clears the warning.
    expect(await openDatabase(reopened)).toEqual({ ok: true });
    expect(await dbHealthItem.getValue()).toBeNull();
    reopened.close();
  });
});
