import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchExtension, type ExtensionSession } from './harness';
import { readAllStores, sendFromPage, serviceWorkerRunning } from './trust-helpers';

/**
 * Hostile and broken pages (tests/fixtures/console/hostile/): a 生意参谋 home page whose
 * script forges ShopMate-looking messages in the page world, tampers with globals and
 * repeats labels with made-up numbers; and an item ranking with a 10,000-row table. The
 * extension must raise no error, not freeze the page, write nothing forged, and store no
 * unreadable value as 0 or NaN.
 */

const HOSTILE = 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=hostile';
const TEN_K = 'https://sycm.taobao.com/cc/item_rank?shopmate-fixture=10k';
/** Numbers only forgeries carry (page-world messages, bridge hand-overs, a __proto__ key, the promo banner). */
const FORGED = [88_888_888, 99_999_999, 77_777_777, 9_990_000];

interface Watch {
  extensionErrors: string[];
  longestTaskMs(): Promise<number>;
}

/** Exceptions thrown by the extension's own code in this tab (any world), and long tasks. */
async function watch(s: ExtensionSession, page: Page): Promise<Watch> {
  const extensionErrors: string[] = [];
  const cdp = await s.context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; url?: string; exception?: { description?: string }; stackTrace?: { callFrames: { url: string }[] } } }) => {
    const d = e.exceptionDetails;
    const urls = [d.url ?? '', ...(d.stackTrace?.callFrames.map((f) => f.url) ?? [])];
    if (urls.some((u) => u.startsWith('chrome-extension://'))) extensionErrors.push(d.exception?.description ?? d.text);
  });
  await cdp.send('Runtime.enable');
  // Long tasks on the page's main thread (content scripts run there too), recorded from the start.
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > w.__longest) w.__longest = entry.duration;
    }).observe({ entryTypes: ['longtask'] });
  });
  return {
    extensionErrors,
    longestTaskMs: async () => (await cdp.send('Runtime.evaluate', { expression: 'window.__longest', returnByValue: true })).result.value as number,
  };
}

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

describe('hostile and broken console pages', () => {
  let s: ExtensionSession;
  let options: Page;
  beforeAll(async () => {
    s = await launchExtension();
    options = await s.openExtensionPage('options.html');
    expect(await sendFromPage(options, 'note.save', { text: '不能被恶意页面删除的笔记', at: Date.now() })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a page that forges ShopMate messages and bridge hand-overs, serves garbage JSON, tampers with globals and repeats labels: no error, nothing forged written, nothing deleted', async () => {
    const page = await s.context.newPage();
    const w = await watch(s, page);
    await page.goto(HOSTILE);
    // Let the page forge for its full second (10 rounds) and the extension react.
    await expect.poll(() => page.locator('html').getAttribute('data-hostile'), { timeout: 10_000 }).toMatch(/done=true/);
    await page.waitForTimeout(1000);

    // The page world cannot reach the extension at all (no externally_connectable).
    expect(await page.locator('html').getAttribute('data-hostile')).toMatch(/^runtime=false;/);
    expect(w.extensionErrors).toEqual([]);
    expect(await serviceWorkerRunning(s)).toBe(true);

    const stores = await readAllStores(options);
    // The forged "data.deleteAll" did nothing: the seller's note is still there.
    expect((stores.notes as { text: string }[]).map((n) => n.text)).toContain('不能被恶意页面删除的笔记');
    // No forged number and no forged item anywhere; no unreadable value stored as 0 or NaN.
    const daily = [...(stores.shopDaily ?? []), ...(stores.itemDaily ?? [])] as { metrics: Record<string, number> }[];
    const values = daily.flatMap((row) => Object.values(row.metrics));
    for (const forged of FORGED) expect(values).not.toContain(forged);
    for (const v of values) expect(Number.isFinite(v) && v >= 0, `stored metric ${v}`).toBe(true);
    expect((stores.items ?? []).map((i) => (i as { itemId: string }).itemId)).not.toContain('forged-item');
    for (const n of numbersIn(stores.shops)) expect(FORGED).not.toContain(n);
    // The visit itself is legitimate evidence, recorded once per load.
    expect((stores.pageVisits as { url: string }[]).filter((v) => v.url === HOSTILE).length).toBeLessThanOrEqual(1);

    console.log(`[trust] hostile page: longest main-thread task ${Math.round(await w.longestTaskMs())} ms`);
    await s.screenshot(page, 'trust-hostile-home');
    await page.close();
  });

  it('a 10,000-row item table: no error, the page stays responsive, every stored value is a real number', async () => {
    const page = await s.context.newPage();
    const w = await watch(s, page);
    const started = Date.now();
    await page.goto(TEN_K);
    const loadedMs = Date.now() - started;
    expect(await page.evaluate(() => (window as unknown as { __rows: number }).__rows)).toBe(10_000 + 19);
    // Responsive: the page still answers (the content script did not lock its thread).
    expect(await page.evaluate(() => document.querySelectorAll('#rank tbody tr').length)).toBe(10_019);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(w.extensionErrors).toEqual([]);

    // The capture is one message with 10,000 items (the schema allows 20,000): wait until its
    // transaction has committed rather than assume it did within the wait above.
    const stores = await eventually(async () => {
      const all = await readAllStores(options);
      if ((all.items ?? []).length < 10_000 || (all.itemDaily ?? []).length < 10_000) throw new Error(`stored ${(all.items ?? []).length} items so far`);
      return all;
    }, 30_000);
    const items = (stores.items ?? []) as { itemId: string; price?: number }[];
    for (const item of items) expect(item.itemId).toMatch(/^\d+$/);
    const values = [...(stores.itemDaily ?? [])].flatMap((r) => Object.values((r as { metrics: Record<string, number> }).metrics));
    for (const v of values) expect(Number.isFinite(v) && v >= 0).toBe(true);
    // Every item row was read (the 19 repeated header rows are not items), one day row each,
    // and the fixture's garbled cells are missing, never 0.
    expect(items).toHaveLength(10_000);
    const daily = (stores.itemDaily ?? []) as { itemId: string; date: string; metrics: Record<string, number> }[];
    expect(daily).toHaveLength(10_000);
    const day = (i: number) => daily.find((r) => r.itemId === String(652300000000 + i));
    expect(day(1)).toMatchObject({ date: '2026-11-21', metrics: { uv: 9_999, pv: 29_997, salesAmount: 59_650.5, unitsSold: 299, conversionRate: 0.0299, refundAmount: 1 } });
    expect(day(0)!.metrics).toEqual({ pv: 30_000, unitsSold: 300 }); // '-', '', 'NaN%', '—'
    expect(day(7)!.metrics).not.toHaveProperty('refundAmount'); // '—'
    expect(day(97)!.metrics).not.toHaveProperty('uv'); // '-'
    expect(day(89)!.metrics).not.toHaveProperty('salesAmount'); // empty cell
    expect(day(101)!.metrics).not.toHaveProperty('conversionRate'); // 'NaN%'
    expect(day(9_999)).toMatchObject({ metrics: { uv: 1, pv: 3, unitsSold: 0, refundAmount: 2 } });
    const longest = await w.longestTaskMs();
    console.log(
      `[trust] 10k rows: ${items.length} items stored, ${(stores.itemDaily ?? []).length} item-day rows, longest main-thread task ${Math.round(longest)} ms, ` +
        `page loaded in ${loadedMs} ms, ${Date.now() - started} ms until checked`,
    );
    // Not a speed benchmark (scripts/bench/ measures speed): a freeze is a page stuck for many seconds.
    expect(longest).toBeLessThan(10_000);
    await page.close();
  });
});
