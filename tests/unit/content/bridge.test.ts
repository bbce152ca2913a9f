// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_TAG, MAX_BODY_CHARS, RESPONSE_EVENT, openBridge, parseHandOver, tapBridge, type ObservedResponse } from '@/lib/content/bridge';
import { installPageObserver } from '@/lib/content/page-observer';
import { isObservedEndpoint } from '@/lib/platforms/observed';

/**
 * The page-world observer and its private bridge to the content script, in happy-dom: both
 * start orders, the page's fetch untouched, only matching responses handed over, and nothing a
 * page script can reach or forge once the handshake is done.
 */

const LIVE = 'https://sycm.taobao.com/portal/live/new/index/overview/v3.json?device=0';
const BODY = '{"data":{"data":{"today":{"uv":{"value":12034}}}}}';

type PageWindow = Window & typeof globalThis;
const page = window as unknown as PageWindow;
const pristineFetch = page.fetch;

function fakeFetch(body = BODY, status = 200) {
  const calls: unknown[] = [];
  page.fetch = vi.fn(async (input: RequestInfo | URL) => {
    calls.push(input);
    const url = typeof input === 'string' ? new URL(input, 'https://sycm.taobao.com/').href : input instanceof URL ? input.href : input.url;
    const response = new Response(body, { status, headers: { 'content-type': 'application/json' } });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  }) as typeof fetch;
  return calls;
}

afterEach(() => {
  page.fetch = pristineFetch;
  document.documentElement.querySelectorAll(BRIDGE_TAG).forEach((e) => e.remove());
});

const received: ObservedResponse[] = [];
const collect = () => {
  received.length = 0;
  return (r: ObservedResponse) => received.push(r);
};
const flush = () => new Promise((r) => setTimeout(r, 20));

describe('page-world observer → content script', () => {
  it.each([
    ['the observer starts first', true],
    ['the content script starts first', false],
  ])('%s: matching responses arrive, the bridge is gone from the page', async (_, observerFirst) => {
    const calls = fakeFetch();
    const onResponse = collect();
    if (observerFirst) {
      installPageObserver(page, isObservedEndpoint);
      openBridge(document, onResponse);
    } else {
      openBridge(document, onResponse);
      installPageObserver(page, isObservedEndpoint);
    }
    expect(document.querySelector(BRIDGE_TAG)).toBeNull();

    // The page's own calls: it gets its own response, read by itself afterwards.
    const mine = await page.fetch(LIVE);
    expect(await mine.json()).toEqual(JSON.parse(BODY));
    const other = await page.fetch('/some/other.json');
    expect(await other.text()).toBe(BODY);
    await flush();
    expect(calls).toHaveLength(2);
    expect(received.map((r) => [r.url.href, r.body])).toEqual([[LIVE, BODY]]);
  });

  it('hands nothing over for failed responses, and never breaks the page when ShopMate fails', async () => {
    fakeFetch(BODY, 500);
    const onResponse = collect();
    installPageObserver(page, (url) => {
      if (url.pathname.includes('boom')) throw new Error('ShopMate bug');
      return isObservedEndpoint(url);
    });
    openBridge(document, onResponse);
    expect((await page.fetch(LIVE)).status).toBe(500);
    expect(await (await page.fetch('https://sycm.taobao.com/boom')).text()).toBe(BODY);
    await flush();
    expect(received).toEqual([]);
  });

  it('drops bodies over the size limit', async () => {
    fakeFetch(`{"x":"${'a'.repeat(MAX_BODY_CHARS)}"}`);
    const onResponse = collect();
    installPageObserver(page, isObservedEndpoint);
    openBridge(document, onResponse);
    await (await page.fetch(LIVE)).text();
    await flush();
    expect(received).toEqual([]);
  });

  it('page scripts cannot forge a hand-over: not on window/document, not on a look-alike, not before the handshake', async () => {
    fakeFetch();
    const onResponse = collect();
    // Content script first: its element waits in the page for the observer…
    const bridge = openBridge(document, onResponse)!;
    // …and anything dispatched on it meanwhile is ignored (a page script could be the sender).
    bridge.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail: `${LIVE}\n{"forged":1}` }));
    installPageObserver(page, isObservedEndpoint);
    for (const target of [window, document, document.documentElement, document.createElement(BRIDGE_TAG)]) {
      target.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail: `${LIVE}\n{"forged":2}` }));
    }
    // A page that later replaces dispatchEvent or CustomEvent learns nothing and changes nothing.
    const seen: EventTarget[] = [];
    const realDispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, e: Event) {
      seen.push(this);
      return realDispatch.call(this, e);
    };
    try {
      await (await page.fetch(LIVE)).text();
      await flush();
    } finally {
      EventTarget.prototype.dispatchEvent = realDispatch;
    }
    expect(seen).not.toContain(bridge);
    expect(received.map((r) => r.body)).toEqual([BODY]);
  });
});

describe('parseHandOver', () => {
  it.each([
    [undefined],
    [42],
    [{ url: LIVE, body: BODY }],
    [`${LIVE}`],
    [`\n${BODY}`],
    [`not a url\n${BODY}`],
    [`http://sycm.taobao.com/x.json\n${BODY}`],
    [`${'https://sycm.taobao.com/'.padEnd(5000, 'a')}\n${BODY}`],
  ])('rejects %j', (detail) => {
    expect(parseHandOver(detail)).toBeUndefined();
  });

  it('accepts url, newline, body (the body may hold newlines)', () => {
    expect(parseHandOver(`${LIVE}\n{\n"a":1}`)).toEqual({ url: new URL(LIVE), body: '{\n"a":1}' });
  });
});

describe('a bridge opened before its listener (Chrome: the loader opens it, the imported reader listens)', () => {
  it('keeps what arrives until someone listens, in order and bounded, then hands over directly', async () => {
    fakeFetch();
    const tap = tapBridge(document, undefined, 2)!;
    installPageObserver(page, isObservedEndpoint);
    expect(document.querySelector(BRIDGE_TAG)).toBeNull(); // the handshake is done before any page script runs
    for (let i = 0; i < 3; i++) await page.fetch(`${LIVE}&n=${i}`);
    await flush();
    const onResponse = collect();
    tap.listen(onResponse);
    expect(received.map((r) => r.url.searchParams.get('n'))).toEqual(['0', '1']); // the third waited beyond the bound
    await page.fetch(`${LIVE}&n=3`);
    await flush();
    expect(received.map((r) => r.url.searchParams.get('n'))).toEqual(['0', '1', '3']);
  });
});
