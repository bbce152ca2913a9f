import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { range, visitorDropDays } from '../e2e/history';
import { CHANNEL } from '../e2e/trust-helpers';
import { eventually, launchFirefox, type FirefoxSession } from './harness';

/**
 * In-page guidance (issue 19) in Firefox: there the background injects the guidance file into the
 * console tab (scripting), as it does the overlay's. Turned on in 设置, over history sent through
 * the background's own import path: 拼多多's item list marks the item not sold for 60 days
 * (下架候选) with its reason and leaves the item ShopMate knows nothing of alone; 京东商智's
 * 首页 gets one chip, on its visitors number, naming the day its tip is about.
 */

const LIST = 'https://mms.pinduoduo.com/goods/goods_list';
const DATA = 'https://jdsz.jd.com/szweb/view/index/home.html';
const JD_LIST = 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare';

/** The chips the guidance layer shows on a console tab: `<guide> <metric or item> <marks>`. */
const chips = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector('shopmate-guidance')?.shadowRoot?.querySelectorAll('.sg-chip') ?? [])].map((c) =>
      [c.getAttribute('data-guide'), c.getAttribute('data-metric') ?? c.getAttribute('data-item'), c.getAttribute('data-marks') ?? c.getAttribute('aria-label')].join(' '),
    ),
  );

describe('in-page guidance in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
    // Off by default (its page cost): the seller turns it on in 设置.
    const options = await s.openExtensionPage('options.html');
    await options.waitForSelector('input[name="guidance-enabled"]', { timeout: 20_000 });
    await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="guidance-enabled"]')!.click());
    await options.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="guidance-enabled"]')?.checked === true);
    // The pages name their shops first (the shop keys the seeds go to).
    for (const url of [LIST, JD_LIST]) await (await s.openConsole(url)).close();
    const shops = await eventually(async () => {
      const all = await s.readStore<{ platform: string; shopId: string; consoleId?: string; name?: string }>('shops');
      return ['pinduoduo', 'jd'].every((p) => all.some((x) => x.platform === p)) ? all : undefined;
    }, 20_000);
    for (const [platform, itemId] of [
      ['pinduoduo', '612345678901'],
      ['jd', '100012043978'],
    ] as const) {
      const shop = shops!.find((x) => x.platform === platform)!;
      const payload = {
        platform,
        fileName: 'seed.xlsx',
        importedAt: Date.now(),
        extraction: {
          shopId: shop.consoleId ?? shop.shopId,
          ...(shop.name ? { shopName: shop.name } : {}),
          shopDays: visitorDropDays(),
          items: [{ itemId, status: 'onSale', days: range(-60, -1, (o) => ({ uv: 20, paidBuyers: o === -60 ? 1 : 0, unitsSold: o === -60 ? 1 : 0 })) }],
        },
      };
      const reply = await options.evaluate(
        (channel, p) =>
          (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).browser.runtime.sendMessage({
            channel,
            type: 'importReport',
            payload: p,
          }),
        CHANNEL,
        payload,
      );
      expect(reply.ok, reply.error).toBe(true);
    }
    await options.close();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('拼多多 item list: the 下架候选 marked with its reason, keyboard-reachable; nothing on the unknown item', async () => {
    const page = await s.openConsole(LIST);
    const marked = await eventually(async () => (await chips(page)).find((c) => c.startsWith('item 612345678901')), 20_000);
    expect(marked!.split(' ')).toContain('delist');
    expect((await chips(page)).some((c) => c.includes('612345678903'))).toBe(false);
    // Focus opens the reasons.
    await page.evaluate(() => document.querySelector('shopmate-guidance')!.shadowRoot!.querySelector<HTMLElement>('.sg-chip[data-item="612345678901"]')!.focus());
    const reason = await eventually(
      () => page.evaluate(() => document.querySelector('shopmate-guidance')?.shadowRoot?.querySelector('.sg-pop [data-mark="delist"]')?.textContent ?? undefined),
      10_000,
    );
    expect(reason).toMatch(/已经 60 天/);
    await s.screenshot(page, 'guidance-items');
  });

  it('京东商智 首页: one chip, on the visitors number, naming the day its tip is about', async () => {
    const page = await s.openConsole(DATA);
    await eventually(async () => ((await chips(page)).length ? true : undefined), 20_000);
    const shown = await chips(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^metric uv 访客数：\d+月\d+日：比近 7 天均值低 40%。按 Enter 查看原因和建议$/);
    await s.screenshot(page, 'guidance-metric');
  });
});
