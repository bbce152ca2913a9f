// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TaughtRule } from '@/lib/rules/schema';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FAIL_AFTER_MS, REREAD_EVERY_MS, SHOP_WAIT_MS, startConsoleReader } from '@/lib/content/main';
import { taobao } from '@/lib/platforms/taobao';
import { registerChunk } from '@/lib/content/chunks';
import { applyTaughtRules } from '@/lib/rules/apply';
import { builtInShopLabels } from '@/lib/rules/labels';

/**
 * The console content script's flow in happy-dom, with the background faked at the message
 * boundary: what it sends on a readable page, on a garbled one, and on a page of no interest.
 */

type Sent = { type: string; payload: Record<string, unknown> };
let sent: Sent[];
let ctx: ContentScriptContext;

function at(url: string, body: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = body;
}

// happy-dom has no idle callbacks: run them on the next turn, as an idle browser would.
const g = globalThis as unknown as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
g.requestIdleCallback ??= (cb: IdleRequestCallback) => setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 1);
g.cancelIdleCallback ??= (id: number) => clearTimeout(id);

/** The taught rules the background answers with (issue 12); none unless a test teaches one. */
let taught: TaughtRule[] = [];

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getURL');
  sent = [];
  taught = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Sent) => {
    sent.push(message);
    // The visit's reply is the page plan: this console's taught rules.
    if (message.type === 'pageVisit') return { ok: true, value: { taught } };
    return { ok: true, value: message.type === 'observedResponse' ? { read: true, stored: { shopDays: 1, items: 0 } } : { shopKey: 'taobao:default', stored: { shopDays: 1, items: 0 } } };
  }) as never);
});
afterEach(() => {
  ctx?.abort();
  vi.useRealTimers();
});

const types = () => sent.map((m) => m.type);
/** The 生意参谋 header naming the shop (tests/fixtures/console/taobao/sycm-home.html). */
const HEADER = '<div class="hd"><span class="shop-name" data-shop-id="57300001">小鹿家居旗舰店</span></div>';
const SHOP = { id: '57300001', name: '小鹿家居旗舰店' };

describe('startConsoleReader', () => {
  it('on a readable page: the visit, then one capture of what the page shows (no repeat for the same read)', async () => {
    at('https://sycm.taobao.com/portal/home.htm', HEADER + '<div><div><span>访客数</span><b>1.2万</b></div><div><span>浏览量</span><b>36,812</b></div></div>');
    ctx = new ContentScriptContext('console');
    startConsoleReader(ctx, taobao);
    await vi.waitFor(() => expect(types()).toEqual(['pageVisit', 'capture']), { timeout: 3000 });
    expect(sent[0]!.payload).toMatchObject({ platform: 'taobao', pageKind: 'dashboard', url: 'https://sycm.taobao.com/portal/home.htm', shop: SHOP });
    expect(sent[1]!.payload).toMatchObject({ source: 'dom', shop: SHOP, extraction: { shopDays: [{ metrics: { uv: 12000, pv: 36812 } }], items: [] } });
    // The page changes but shows the same numbers: nothing new is sent.
    document.body.appendChild(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 700));
    expect(types()).toEqual(['pageVisit', 'capture']);
    // A new number is.
    document.querySelector('b')!.textContent = '1.3万';
    await vi.waitFor(() => expect(types()).toEqual(['pageVisit', 'capture', 'capture']), { timeout: 3000 });
    // No rule for this console: the code that applies rules was never asked for.
    expect(fakeBrowser.runtime.getURL).not.toHaveBeenCalled();
  });

  it('gets its console\'s taught rules with the visit\'s reply (no message of their own), and a taught label is read from then on', async () => {
    taught = [
      {
        id: 7,
        platform: 'taobao',
        host: 'sycm.taobao.com',
        pageKind: 'dashboard',
        label: '万相台消耗',
        labelText: '万相台消耗',
        hint: { position: 'after', tag: 'b' },
        metric: 'adSpend',
        enabled: true,
        createdAt: 1,
        applied: 0,
      },
    ];
    // What the taught-rules file does when the reader loads it (entrypoints/taught-rules.ts).
    registerChunk('taughtRules', { apply: applyTaughtRules, builtInShopLabels });
    at('https://sycm.taobao.com/portal/home.htm', HEADER + '<div><div><span>访客数</span><b>1.2万</b></div><div><span>万相台消耗</span><b>¥2,480.00</b></div></div>');
    ctx = new ContentScriptContext('console');
    startConsoleReader(ctx, taobao);
    await vi.waitFor(() => expect(types().sort()).toEqual(['capture', 'pageVisit', 'rules.applied']), { timeout: 3000 });
    expect(sent.find((m) => m.type === 'capture')!.payload).toMatchObject({ extraction: { shopDays: [{ metrics: { uv: 12000, adSpend: 2480 } }] } });
    expect(sent.find((m) => m.type === 'rules.applied')!.payload).toEqual({ ids: [7] });
  });

  it('on a page of no interest: nothing at all', async () => {
    at('https://sycm.taobao.com/mc/mq/market_monitor', '<div><span>访客数</span><b>345,890,343</b></div>');
    ctx = new ContentScriptContext('console');
    startConsoleReader(ctx, taobao);
    await new Promise((r) => setTimeout(r, 800));
    expect(sent).toEqual([]);
  });

  it('on a readable page with nothing readable: captureFailed with the labels it saw', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    at('https://sycm.taobao.com/portal/home.htm', '<div><div><span>访客数</span><b>-</b></div><div><span>浏览量</span><b>暂无数据</b></div></div>');
    ctx = new ContentScriptContext('console');
    startConsoleReader(ctx, taobao);
    await vi.advanceTimersByTimeAsync(FAIL_AFTER_MS + 100);
    expect(types()).toEqual(['pageVisit', 'captureFailed']);
    expect(sent[1]!.payload.reason).toBe('unreadable-values: taobao pv, uv');
  });

  it('a page left open all day is read again every few minutes while visible, after the first watch ends', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // Midday: run near midnight, the re-reads' business day would turn and rightly send again.
    vi.setSystemTime(new Date(2026, 10, 22, 12, 0, 0));
    at('https://sycm.taobao.com/portal/home.htm', HEADER + '<div><div><span>访客数</span><b>1.2万</b></div><div><span>浏览量</span><b>36,812</b></div></div>');
    ctx = new ContentScriptContext('console');
    startConsoleReader(ctx, taobao);
    await vi.advanceTimersByTimeAsync(2000);
    expect(types()).toEqual(['pageVisit', 'capture']);
    // Long after the first watch: the real-time card ticks on. The next re-read sends it once.
    await vi.advanceTimersByTimeAsync(60_000);
    document.querySelector('b')!.textContent = '1.5万';
    await vi.advanceTimersByTimeAsync(REREAD_EVERY_MS + 2000);
    expect(types()).toEqual(['pageVisit', 'capture', 'capture']);
    expect(sent[2]!.payload).toMatchObject({ extraction: { shopDays: [{ metrics: { uv: 15000, pv: 36812 } }] } });
    // Unchanged since: the next re-reads send nothing.
    await vi.advanceTimersByTimeAsync(2 * REREAD_EVERY_MS);
    expect(types()).toEqual(['pageVisit', 'capture', 'capture']);
  });

  it('reads wait for the header to name the shop; a header that never comes releases them unnamed after SHOP_WAIT_MS', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    at('https://sycm.taobao.com/portal/home.htm', '<div><div><span>访客数</span><b>1.2万</b></div></div>');
    ctx = new ContentScriptContext('console');
    startConsoleReader(ctx, taobao);
    await vi.advanceTimersByTimeAsync(1500);
    expect(types()).toEqual([]); // read, but held: no shop named yet
    // The SPA renders its header: everything held goes, naming the shop.
    document.body.insertAdjacentHTML('afterbegin', HEADER);
    await vi.advanceTimersByTimeAsync(50);
    expect(types()).toEqual(['pageVisit', 'capture']);
    expect(sent.map((m) => m.payload.shop)).toEqual([SHOP, SHOP]);
    ctx.abort();

    sent = [];
    at('https://sycm.taobao.com/portal/home.htm', '<div><div><span>访客数</span><b>1.1万</b></div></div>');
    ctx = new ContentScriptContext('console');
    startConsoleReader(ctx, taobao);
    await vi.advanceTimersByTimeAsync(SHOP_WAIT_MS - 100);
    expect(types()).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(types()).toEqual(['pageVisit', 'capture']);
    expect(sent.map((m) => m.payload.shop)).toEqual([undefined, undefined]);
  });
});
