import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { MAX_PACKED_CHARS } from '@/lib/backup/limits';
import { packBackupText } from '@/lib/backup/transport';
import { ShopMateDB } from '@/lib/db/schema';
import { CHANNEL, MESSAGES, parseMessage, type MessageType, type Payload } from '@/lib/messaging/protocol';
import { detect } from '@/lib/platforms/registry';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { settingsItem } from '@/lib/settings/store';

/**
 * Fuzzing the message boundary: whatever arrives — unknown types, wrong shapes, huge payloads,
 * messages from the page world, other extensions or non-console tabs — gets a clear rejection,
 * and NOTHING is written (the fake IndexedDB stays empty, settings stay as they were).
 */

const EXT = 'shopmate-id';
const EXT_ORIGIN = `chrome-extension://${EXT}/`;
const CONSOLE = 'https://sycm.taobao.com/portal/home.htm';
const consoleTab = { id: EXT, url: CONSOLE, tab: { id: 7 } as never, frameId: 0 };
const optionsPage = { id: EXT, url: `${EXT_ORIGIN}options.html` };
const TYPES = Object.keys(MESSAGES) as MessageType[];
const NOW = 1_795_000_000_000;

/** A valid payload per message (for mutation); a type without one is still fuzzed with arbitrary payloads. */
const SAMPLES: Partial<{ [T in MessageType]: Payload<T> }> = {
  capture: {
    platform: 'taobao',
    pageKind: 'dashboard',
    url: CONSOLE,
    source: 'dom',
    capturedAt: NOW,
    extraction: { shopId: '57300001', shopName: '小鹿家居旗舰店', shopDays: [{ date: '2026-11-22', metrics: { uv: 12000, salesAmount: 12345.6, conversionRate: 0.032 } }], items: [{ itemId: '652301122834', title: '北欧实木床头柜', price: 199, days: [{ date: '2026-11-22', metrics: { uv: 830 } }] }] },
  },
  pageVisit: { platform: 'taobao', pageKind: 'dashboard', url: CONSOLE, at: NOW, date: '2026-11-22' },
  observedResponse: {
    platform: 'taobao',
    pageKind: 'dashboard',
    url: CONSOLE,
    responseUrl: 'https://sycm.taobao.com/portal/live/new/index/overview/v3.json',
    body: '{"content":{"code":0,"data":{"data":{"today":{"payAmt":{"value":12345.6},"uv":{"value":12000}}}}}}',
    at: NOW,
  },
  captureFailed: { platform: 'taobao', pageKind: 'traffic', url: 'https://sycm.taobao.com/flow/monitor/overview', at: NOW, reason: 'no labels found' },
  importReport: { platform: 'taobao', fileName: '宏观监控.xls', importedAt: NOW, extraction: { shopDays: [{ date: '2026-11-21', metrics: { uv: 11000 } }], items: [] } },
  'checklist.setDone': { date: '2026-11-22', dutyId: 'shop-check', done: true },
  'note.save': { text: '本周方案：提升 DSR', at: NOW },
  'titleEdit.record': { platform: 'taobao', shopId: '57300001', itemId: '652301122834', at: NOW, oldTitle: '北欧实木床头柜', newTitle: '北欧实木床头柜 简约', fields: ['title'] },
  'titleEdit.recent': { platform: 'taobao', shopId: '57300001', itemId: '652301122834' },
  'campaign.save': { shopKey: 'taobao:57300001', platform: 'taobao', name: '双11', start: '2026-11-01', end: '2026-11-11', itemIds: ['652301122834'], notes: '' },
  'campaign.markReviewed': { id: 1, at: NOW },
  'campaign.delete': { id: 1 },
  'analysis.lifecycle': { shopKey: 'taobao:57300001', today: '2026-11-22' },
  'analysis.picks': { shopKey: 'taobao:57300001', today: '2026-11-22' },
  'analysis.quadrant': { shopKey: 'taobao:57300001', today: '2026-11-22' },
  'analysis.campaign': { shopKey: 'taobao:57300001', id: 1, today: '2026-11-22' },
  'analysis.tips': { shopKey: 'taobao:57300001', today: '2026-11-22' },
  'data.deleteAll': { confirm: 'DELETE' },
  'shop.rename': { key: 'taobao:57300001', label: '小鹿主店' },
  'shop.merge': { from: 'taobao:name:小鹿家居旗舰店', into: 'taobao:57300001' },
  'shop.delete': { key: 'taobao:61800002', confirm: 'DELETE' },
  'shop.moveDay': { from: 'taobao:61800002', date: '2026-11-21', into: 'taobao:57300001' },
  // gzip+base64 of a one-note backup (lib/backup/transport.ts), filled in beforeAll.
  'backup.restore': { packed: '', mode: 'merge', restoreSettings: false },
  'data.freeSpace': { level: 'retention' },
  'sample.load': {},
  'sample.remove': {},
  'chunk.inject': { name: 'overlay' },
  'overlay.context': { platform: 'taobao', host: 'sycm.taobao.com' },
  'rules.teach': {
    platform: 'taobao',
    host: 'sycm.taobao.com',
    pageKind: 'dashboard',
    labelText: '退款金额',
    hint: { position: 'after', tag: 'div' },
    metric: 'adSpend',
    replaces: 'refundAmount',
    remove: { shop: { id: '57300001' }, date: '2026-11-22', metric: 'refundAmount' },
  },
  'rules.undo': { id: 3 },
  'rules.applied': { ids: [3, 4] },
  'rules.update': { id: 3, name: '万相台', enabled: false },
  'rules.delete': { id: 3 },
  'guidance.forPage': { platform: 'taobao', pageKind: 'itemList', host: 'sycm.taobao.com', path: '/cc/item_rank', today: '2026-11-22', itemIds: ['652300000201'], shop: { id: '57300001' } },
  'guidance.hideToday': { platform: 'taobao', pageKind: 'dashboard', host: 'sycm.taobao.com', path: '/portal/home.htm', today: '2026-11-22' },
  'guidance.open': { tab: 'items', shopKey: 'taobao:57300001', itemId: '652300000201', focus: 'lifecycle' },
};

let db: ShopMateDB;
let route: ReturnType<typeof createRouter>;
const rejections: string[] = [];
beforeAll(async () => {
  SAMPLES['backup.restore']!.packed = await packBackupText(
    '{"format":"shopmate-backup","version":1,"exportedAt":1,"schemaVersion":1,"tables":{"notes":[{"id":1,"date":"2026-11-22","at":1,"text":"x"}]}}',
  );
  db = new ShopMateDB(`fuzz-${Math.random()}`);
  route = createRouter(createHandlers(db), {
    extensionId: EXT,
    extensionOrigin: EXT_ORIGIN,
    isConsoleUrl: (url) => detect(url) !== undefined,
    onRejected: (reason) => rejections.push(reason),
  });
});
afterAll(async () => {
  await db.delete();
});

async function expectNothingWritten() {
  for (const table of db.tables) expect(await table.count(), `${table.name} must stay empty`).toBe(0);
  expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
}

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const envelopeOf = (type: string, payload: unknown) => ({ channel: CHANNEL, type, payload });
const isRejection = (r: unknown) =>
  typeof r === 'object' && r !== null && (r as { ok: unknown }).ok === false && typeof (r as { error: unknown }).error === 'string' && (r as { error: string }).error.length > 0;

describe('parseMessage (fuzzed)', () => {
  it('every message of the contract has a valid sample here, so its fields are fuzzed one by one too', () => {
    const missing = TYPES.filter((t) => SAMPLES[t] === undefined);
    expect(missing, `add a valid payload for ${missing.join(', ')} to SAMPLES in ${'tests/unit/property/protocol.property.test.ts'}`).toEqual([]);
    for (const type of TYPES) expect(MESSAGES[type].payload.safeParse(SAMPLES[type]).success, `${type} sample is valid`).toBe(true);
  });

  it('never throws, and rejects anything that is not an envelope with a reason', () => {
    fc.assert(
      fc.property(anyValue, fc.constantFrom('content', 'ui') as fc.Arbitrary<'content' | 'ui'>, (raw, origin) => {
        const result = parseMessage(raw, origin);
        if (result.ok) return; // astronomically unlikely for arbitrary values, and then it must be valid:
        expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every type that is not in the contract, including prototype names', () => {
    const unknownType = fc.oneof(
      fc.string({ maxLength: 64 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'capture ', 'CAPTURE', 'data.deleteall'),
    ).filter((t) => !Object.hasOwn(MESSAGES, t));
    fc.assert(
      fc.property(unknownType, anyValue, (type, payload) => {
        for (const origin of ['content', 'ui'] as const) {
          const result = parseMessage(envelopeOf(type, payload), origin);
          expect(result).toEqual({ ok: false, error: `unknown message type: ${type}` });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a type longer than 64 characters and any other channel before looking further', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 65, maxLength: 2000 }), anyValue, (type, payload) => {
        expect(parseMessage(envelopeOf(type, payload), 'ui')).toEqual({ ok: false, error: 'not a ShopMate message' });
      }),
    );
    fc.assert(
      fc.property(fc.string().filter((c) => c !== CHANNEL), fc.constantFrom(...TYPES), (channel, type) => {
        expect(parseMessage({ channel, type, payload: SAMPLES[type] }, MESSAGES[type].from)).toEqual({ ok: false, error: 'not a ShopMate message' });
      }),
    );
  });

  it('accepts a valid payload only from its declared origin', () => {
    for (const type of TYPES) {
      const sample = SAMPLES[type];
      if (sample === undefined) continue;
      const spec = MESSAGES[type];
      expect(parseMessage(envelopeOf(type, sample), spec.from), type).toMatchObject({ ok: true, type });
      const other = spec.from === 'ui' ? 'content' : 'ui';
      expect(parseMessage(envelopeOf(type, sample), other)).toEqual({ ok: false, error: `${type} may not be sent from ${other}` });
    }
  });

  it('for every message type, an arbitrary payload is rejected unless its schema accepts it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), anyValue, (type, payload) => {
        const spec = MESSAGES[type];
        const result = parseMessage(envelopeOf(type, payload), spec.from);
        expect(result.ok).toBe(spec.payload.safeParse(payload).success);
        if (!result.ok) expect(result.error.startsWith(`${type}: `)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Replace the value at one path of a sample with something of the wrong kind. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}
function withValueAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}
const wrongValue = fc.oneof(
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-1),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.constant('x'.repeat(70_000)),
  fc.constant({ $where: 'sleep(1000)' }),
  fc.constant([]),
  fc.bigInt(),
  fc.date(),
  fc.object(),
);

describe('the background router (fuzzed): rejected means nothing written', () => {
  it('mutated valid messages are either still valid by their schema or rejected, and rejected ones write nothing', async () => {
    const cases = TYPES.filter((t) => SAMPLES[t] !== undefined && t !== 'data.deleteAll').flatMap((type) =>
      pathsOf(SAMPLES[type]).filter((p) => p.length > 0).map((path) => ({ type, path })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), wrongValue, async ({ type, path }, value) => {
        const payload = withValueAt(SAMPLES[type], path, value);
        if (MESSAGES[type].payload.safeParse(payload).success) return; // e.g. an optional field set to undefined
        const sender = MESSAGES[type].from === 'ui' ? optionsPage : consoleTab;
        const result = await route(envelopeOf(type, payload), sender);
        expect(isRejection(result), JSON.stringify(result)).toBe(true);
      }),
      { numRuns: 400 },
    );
    await expectNothingWritten();
  });

  it('valid messages from anywhere but their own origin are rejected with who sent them, writing nothing', async () => {
    const strangers = fc.oneof(
      // another extension messaging us with our own envelope
      fc.record({ id: fc.string({ minLength: 1 }).filter((id) => id !== EXT), url: fc.constantFrom(CONSOLE, `${EXT_ORIGIN}options.html`), tab: fc.constant({ id: 1 } as never) }),
      // a page that is not a seller console (the content script never runs there, but a compromised page could try)
      fc.record({ id: fc.constant(EXT), url: fc.webUrl().filter((u) => !detect(new URL(u))), tab: fc.constant({ id: 1 } as never) }),
      // a console URL but no tab (not a content script), or no URL at all
      fc.record({ id: fc.constant(EXT), url: fc.constant(CONSOLE) }),
      fc.record({ id: fc.constant(EXT) }),
      fc.constant({}),
      // another extension's page, or a lookalike origin
      fc.record({ id: fc.constant(EXT), url: fc.constantFrom('chrome-extension://evil/options.html', `chrome-extension://${EXT}.evil.com/`, `https://${EXT}/options.html`, 'about:blank', 'data:text/html,x') }),
    );
    const sampled = TYPES.filter((t) => SAMPLES[t] !== undefined);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sampled), strangers, async (type, sender) => {
        const result = await route(envelopeOf(type, SAMPLES[type]), sender as never);
        expect(isRejection(result)).toBe(true);
        expect((result as { error: string }).error).toMatch(/not this extension|neither a seller-console tab nor a ShopMate page|may not be sent from/);
      }),
      { numRuns: 300 },
    );
    // A content script claiming to be a page ('ui' messages from a console tab), whatever the envelope says.
    for (const type of sampled.filter((t) => MESSAGES[t].from === 'ui')) {
      const result = await route({ ...envelopeOf(type, SAMPLES[type]), from: 'ui', origin: EXT_ORIGIN }, consoleTab);
      expect((result as { error: string }).error).toBe(`${type} may not be sent from content`);
    }
    await expectNothingWritten();
  });

  it('huge payloads are refused by the schema limits, not stored', async () => {
    const big = 'x'.repeat(1_000_000);
    const base = SAMPLES.capture!;
    const huge: [MessageType, unknown][] = [
      ['capture', { ...base, url: `${CONSOLE}?q=${big}` }],
      ['capture', { ...base, extraction: { ...base.extraction, shopName: big } }],
      ['capture', { ...base, extraction: { ...base.extraction, shopDays: Array.from({ length: 401 }, (_, i) => ({ date: '2026-11-22', metrics: { uv: i } })) } }],
      ['capture', { ...base, extraction: { ...base.extraction, items: Array.from({ length: 20_001 }, (_, i) => ({ itemId: String(i) })) } }],
      ['pageVisit', { ...SAMPLES.pageVisit, url: `${CONSOLE}#${big}` }],
      ['captureFailed', { ...SAMPLES.captureFailed, reason: big }],
      ['note.save', { text: big, at: NOW }],
      ['titleEdit.record', { ...SAMPLES['titleEdit.record'], newTitle: big }],
      ['campaign.save', { ...SAMPLES['campaign.save'], itemIds: Array.from({ length: 501 }, (_, i) => String(i)) }],
      ['checklist.setDone', { ...SAMPLES['checklist.setDone'], dutyId: big }],
      ['backup.restore', { ...SAMPLES['backup.restore'], packed: 'x'.repeat(MAX_PACKED_CHARS + 1) }],
    ];
    for (const [type, payload] of huge) {
      const result = await route(envelopeOf(type, payload), MESSAGES[type].from === 'ui' ? optionsPage : consoleTab);
      expect(isRejection(result), type).toBe(true);
      expect((result as { error: string }).error.startsWith(`${type}: `), type).toBe(true);
      // The reason names what is wrong without echoing a megabyte back.
      expect((result as { error: string }).error.length, type).toBeLessThan(2_000);
    }
    await expectNothingWritten();
  });

  it('and, for contrast, the same valid samples from the right sender are written', async () => {
    const result = await route(envelopeOf('pageVisit', SAMPLES.pageVisit), consoleTab);
    expect(result).toEqual({ ok: true, value: { taught: [] } });
    expect(await db.pageVisits.count()).toBe(1);
    expect(rejections.length).toBeGreaterThan(0);
    await db.pageVisits.clear();
  });
});
