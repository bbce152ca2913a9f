import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { ShopMateDB } from '@/lib/db/schema';
import { CHANNEL } from '@/lib/messaging/protocol';
import { detect } from '@/lib/platforms/registry';

const EXT_ID = 'shopmate-test-id';
const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;
const consoleTab = { id: EXT_ID, url: 'https://sycm.taobao.com/portal/home.htm', tab: { id: 3 } as never };
const popup = { id: EXT_ID, url: `${EXT_ORIGIN}popup.html` };

let db: ShopMateDB;
const setup = () => {
  db = new ShopMateDB(`router-${Math.random()}`);
  return createRouter(createHandlers(db), {
    extensionId: EXT_ID,
    extensionOrigin: EXT_ORIGIN,
    isConsoleUrl: (url) => detect(url) !== undefined,
  });
};
afterEach(async () => {
  await db?.delete();
});

const visit = {
  channel: CHANNEL,
  type: 'pageVisit',
  payload: {
    platform: 'taobao',
    pageKind: 'dashboard',
    url: 'https://sycm.taobao.com/portal/home.htm',
    at: 1_790_000_000_000,
    date: '2026-09-21',
  },
};

describe('background message router', () => {
  it('accepts a valid message from a console tab and writes it', async () => {
    const route = setup();
    expect(await route(visit, consoleTab)).toEqual({ ok: true, value: { taught: [] } });
    expect(await db.pageVisits.count()).toBe(1);
  });

  it('answers a visit with the taught rules of the console the page is on, never of a console it only names', async () => {
    const route = setup();
    const rule = { platform: 'taobao', host: 'sycm.taobao.com', pageKind: 'dashboard', label: '万相台消耗', labelText: '万相台消耗', hint: { position: 'after', tag: 'b' }, metric: 'adSpend', enabled: true, createdAt: 1, applied: 0 } as const;
    await db.rules.bulkAdd([rule, { ...rule, label: '关', enabled: false }, { ...rule, host: 'myseller.taobao.com' }]);
    const told = await route(visit, consoleTab);
    expect(told.ok && told.value).toMatchObject({ taught: [{ label: '万相台消耗', host: 'sycm.taobao.com', enabled: true }] });
    expect(told.ok && (told.value as { taught: unknown[] }).taught).toHaveLength(1);
    // A 千牛 tab naming 生意参谋's URL is told nothing.
    const elsewhere = await route(visit, { ...consoleTab, url: 'https://myseller.taobao.com/home.htm' });
    expect(elsewhere).toEqual({ ok: true, value: { taught: [] } });
  });

  it('rejects another extension, a non-console page and a content message from an extension page', async () => {
    const route = setup();
    const cases = [
      [{ ...consoleTab, id: 'someone-else' }, /not this extension/],
      [{ ...consoleTab, url: 'https://evil.example.com/' }, /neither a seller-console tab/],
      [popup, /may not be sent from ui/],
    ] as const;
    for (const [sender, reason] of cases) {
      const result = await route(visit, sender);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(reason);
    }
    expect(await db.pageVisits.count()).toBe(0);
  });

  it('rejects unknown types and malformed payloads with zod’s reason, writing nothing', async () => {
    const route = setup();
    const unknown = await route({ ...visit, type: 'dropTables' }, consoleTab);
    expect(!unknown.ok && unknown.error).toMatch(/unknown message type/);
    const bad = await route({ ...visit, payload: { ...visit.payload, date: '21/09/2026' } }, consoleTab);
    expect(!bad.ok && bad.error).toMatch(/date/);
    const notOurs = await route({ type: 'pageVisit' }, consoleTab);
    expect(!notOurs.ok && notOurs.error).toMatch(/not a ShopMate message/);
    expect(await db.pageVisits.count()).toBe(0);
  });

  it('rejects a metric that is not a finite number (missing must be absent, never NaN)', async () => {
    const route = setup();
    const capture = {
      channel: CHANNEL,
      type: 'capture',
      payload: {
        platform: 'taobao',
        pageKind: 'dashboard',
        url: 'https://sycm.taobao.com/portal/home.htm',
        source: 'dom',
        capturedAt: 1_790_000_000_000,
        extraction: { shopDays: [{ date: '2026-09-21', metrics: { uv: Number.NaN } }], items: [] },
      },
    };
    const result = await route(capture, consoleTab);
    expect(result.ok).toBe(false);
    expect(await db.shopDaily.count()).toBe(0);
  });
});
