import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchFirefox, type FirefoxSession } from './harness';

/** A day's checklist: one list per shop (issue 13), and the older single list. */
type Overrides = Record<string, { done: boolean } | undefined>;
interface ChecklistDay {
  overrides?: Overrides;
  shops?: Record<string, { overrides: Overrides }>;
}

/**
 * In Firefox the background is an event page: it is unloaded after a short idle time and
 * started again by the next message or alarm. Here the idle time is one second, so it is
 * suspended between every step; what it acknowledged must be on disk, and it must wake and
 * keep working (reads, ticks, the badge) from the database alone.
 */

/** Is the background page loaded? (Firefox generates it for background.scripts.) */
const backgroundAlive = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { browser: { extension: { getViews(): Window[] } } }).browser.extension
      .getViews()
      .some((w) => w.location.pathname.includes('background')),
  );

describe('the event page is suspended when idle', () => {
  let s: FirefoxSession;
  let probe: Page;
  beforeAll(async () => {
    s = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1000 } });
    probe = await s.openExtensionPage('icon/16.png');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('acknowledged reads are on disk after it is suspended, and the next page wakes it to read again', async () => {
    const home = await s.openConsole('https://sycm.taobao.com/portal/home.htm');
    await eventually(async () => (await s.readStore('shopDaily')).length === 2, 20_000);
    await home.close();
    // Suspended: no background page any more.
    expect(await eventually(async () => !(await backgroundAlive(probe)), 15_000), 'the event page was suspended').toBe(true);
    expect((await s.readStore<{ date: string }>('shopDaily')).map((r) => r.date).sort()).toEqual(['2026-11-21', '2026-11-22']);

    // A new console page wakes it with its message; the read is stored like the first.
    const items = await s.openConsole('https://myseller.taobao.com/home.htm/SellManage/on_sale');
    const stored = await eventually(async () => (await s.readStore<{ itemId: string }>('items')).filter((i) => i.itemId.startsWith('7284619302')).length === 3, 20_000);
    expect(stored, 'the woken event page stored the item list').toBe(true);
    await items.close();
  });

  it('a tick from the popup while it sleeps wakes it, is stored, and the badge is recomputed from the database', async () => {
    expect(await eventually(async () => !(await backgroundAlive(probe)), 15_000)).toBe(true);
    const popup = await s.openExtensionPage('popup.html');
    await popup.waitForSelector('li[data-duty="campaigns"]', { timeout: 15_000 });
    await popup.click('li[data-duty="campaigns"] input[type="checkbox"]');
    await popup.waitForSelector('li[data-duty="campaigns"][data-done="true"]');
    expect(await eventually(async () => (await s.readStore<ChecklistDay>('checklistDays')).some((d) => [d.overrides, ...Object.values(d.shops ?? {}).map((l) => l.overrides)].some((o) => o?.campaigns?.done === true)))).toBe(true);
    // 活动报名 by hand, 了解库存 from the item list read by an earlier run of the event page.
    expect(await popup.evaluate(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext'))).toBe('已完成 2 项，共 11 项');
    await popup.waitForSelector('li[data-duty="inventory"][data-done="true"]');
    await popup.close();
    // Suspended again; the badge it set (from the database, not memory) counts the tick and the page visits.
    expect(await eventually(async () => !(await backgroundAlive(probe)), 15_000)).toBe(true);
    const badge = await probe.evaluate(() =>
      (globalThis as unknown as { browser: { action: { getBadgeText(d: object): Promise<string> } } }).browser.action.getBadgeText({}),
    );
    expect(badge).toBe('9');
  });
});
