import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchFirefox, type FirefoxSession } from './harness';

/**
 * The reading overlay in Firefox (issue 12): there the background injects the overlay's own file
 * into the console tab that asks (scripting; the console script stays without it). Turned on from
 * the popup page, it marks what the read took on a 生意参谋 page, and a number taught there is
 * read from the next load on.
 */

const TEACH = 'https://sycm.taobao.com/portal/home.htm?shopmate-fixture=teach';

interface DailyRow {
  shopKey: string;
  date: string;
  metrics: Record<string, number>;
}

describe('the reading overlay in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the marks when turned on from the popup, and teaches a number by keyboard', async () => {
    const page = await s.openConsole(TEACH);
    await eventually(async () => (await s.readStore<DailyRow>('shopDaily')).find((r) => r.date === '2026-11-22' && r.metrics.salesAmount === 12345.6), 20_000);
    const popup = await s.openExtensionPage('popup.html');
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === '看到读了什么'), { timeout: 20_000 });
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === '看到读了什么')!.click());
    await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('已在页面上标出'), { timeout: 20_000 });
    const chips = () =>
      page.evaluate(() =>
        [...(document.querySelector('shopmate-overlay')?.shadowRoot?.querySelectorAll('.sm-chip') ?? [])].map((c) => `${c.getAttribute('data-kind')} ${c.getAttribute('data-metric')}`),
      );
    await eventually(async () => ((await chips()).includes('read salesAmount') ? true : undefined), 10_000);
    expect(await chips()).toContain('unread ');
    await s.screenshot(page, 'overlay');
    // Teach 万相台消耗 as 推广花费 through the picker, by keyboard (the console tab in front).
    await popup.close();
    await page.bringToFront();
    await page.evaluate(() => {
      const chip = [...(document.querySelector('shopmate-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>('.sm-chip') ?? [])].find((c) => c.getAttribute('aria-label')?.includes('万相台消耗'));
      chip!.focus();
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.querySelector('shopmate-overlay')?.shadowRoot?.querySelector('[role="combobox"]'));
    await page.keyboard.type('推广');
    await page.keyboard.press('Enter');
    const rules = await eventually(async () => {
      const all = await s.readStore<{ label: string; metric: string }>('rules');
      return all.length ? all : undefined;
    });
    expect(rules).toMatchObject([{ label: '万相台消耗', metric: 'adSpend' }]);
    await page.reload();
    const day = await eventually(async () => (await s.readStore<DailyRow>('shopDaily')).find((r) => r.date === '2026-11-22' && r.metrics.adSpend !== undefined), 20_000);
    expect(day?.metrics.adSpend).toBe(2480);
  });
});
