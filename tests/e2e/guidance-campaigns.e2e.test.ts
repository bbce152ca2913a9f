import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformId } from '../../lib/model/consoles';
import { launchExtension, type ExtensionSession } from './harness';
import { day } from './history';
import { chips, covered, guidanceHost, setGuidance, nameShops } from './guidance-helpers';
import { sendFromPage } from './trust-helpers';

/**
 * The campaign review prompt (issue 19 item 3) with the built extension in real Chromium, on each
 * console's 营销活动/活动报名 page served under its real URL: after a campaign ShopMate knows of
 * has ended without a review, one chip beside the page's heading names it and opens its tip with
 * a link to its 活动复盘 in the side panel. Campaigns still running or already reviewed are never
 * named; a shop with none ended gets no layer at all; the per-kind switch and "hide for today" work.
 * Campaigns are defined through the background's own message path (campaign.save), as the side
 * panel's form does.
 */

interface Console {
  name: string;
  platform: PlatformId;
  page: string;
  /** The campaigns of this console's shop: [name, start, end, reviewed]. */
  campaigns: [string, number, number, boolean][];
  /** The names the prompt should carry (none: no layer). */
  prompt: string[];
}

const CONSOLES: Console[] = [
  {
    name: '千牛',
    platform: 'taobao',
    page: 'https://myseller.taobao.com/home.htm/starb/tmc-next/sale/seller/homepage.htm',
    campaigns: [
      ['双11 预售', -21, -15, false],
      ['年货节预热', -10, -3, false],
      ['618 大促', -40, -35, true],
      ['双12 狂欢', -2, 2, false],
    ],
    prompt: ['双11 预售', '年货节预热'],
  },
  { name: '拼多多', platform: 'pinduoduo', page: 'https://mms.pinduoduo.com/act/register_record?tab=0', campaigns: [['限时秒杀 · 冬季保暖', -12, -9, false]], prompt: ['限时秒杀 · 冬季保暖'] },
  // Reviewed or still running only: nothing to prompt.
  {
    name: '京东',
    platform: 'jd',
    page: 'https://shop.jd.com/jdm/marketing/activity/list',
    campaigns: [
      ['京东 11.11', -30, -20, true],
      ['PLUS 会员日', -1, 1, false],
    ],
    prompt: [],
  },
  { name: '抖店', platform: 'douyin', page: 'https://fxg.jinritemai.com/ffa/marketing/activity/list', campaigns: [['超级品牌日', -8, -5, false]], prompt: ['超级品牌日'] },
  { name: 'Seller Central', platform: 'amazon', page: 'https://sellercentral.amazon.com/promotions/manage', campaigns: [['Black Friday bundle', -14, -7, false]], prompt: ['Black Friday bundle'] },
];

const TAOBAO = CONSOLES[0]!;
let s: ExtensionSession;
/** Campaign ids by name. */
const ids = new Map<string, number>();
let shopKeys: Map<PlatformId, string>;

const prompt = (page: Page) => page.locator('shopmate-guidance .sg-chip[data-guide="campaign"]');
const pop = (page: Page) => page.locator('shopmate-guidance .sg-pop');

beforeAll(async () => {
  s = await launchExtension();
  // Off by default (its page cost): the seller turns it on in 设置.
  await setGuidance(s, { enabled: true });
  // The pages name their shops first (the shop keys the campaigns go to).
  await nameShops(s, CONSOLES.map((c) => ({ name: c.name, platform: c.platform, url: c.page })));
  const shops = await s.readStore<{ key: string; platform: PlatformId }>('shops');
  shopKeys = new Map(shops.map((shop) => [shop.platform, shop.key]));
  const panel = await s.openExtensionPage('sidepanel.html');
  for (const c of CONSOLES) {
    const shopKey = shopKeys.get(c.platform);
    expect(shopKey, `${c.name} named its shop`).toBeDefined();
    for (const [name, start, end, reviewed] of c.campaigns) {
      const saved = await sendFromPage(panel, 'campaign.save', { shopKey, platform: c.platform, name, start: day(start), end: day(end), itemIds: [], notes: '' });
      expect(saved.ok, saved.error).toBe(true);
      const { id } = saved.value as { id: number };
      ids.set(name, id);
      if (reviewed) expect((await sendFromPage(panel, 'campaign.markReviewed', { id, at: Date.now() })).ok).toBe(true);
    }
  }
  await panel.close();
});
afterAll(async () => {
  await s?.close();
});

describe.each(CONSOLES)('the campaign prompt on $name', (c) => {
  it.runIf(c.prompt.length)('names the ended, unreviewed campaigns beside the page’s heading, covering nothing', async () => {
    const page = await s.openConsole(c.page);
    await page.setViewportSize({ width: 1100, height: 640 });
    const chip = prompt(page);
    await chip.waitFor({ timeout: 20_000 });
    expect(await chips(page).count()).toBe(1);
    expect((await chip.getAttribute('data-campaigns'))?.split('|').sort()).toEqual([...c.prompt].sort());
    expect(await chip.getAttribute('aria-label')).toBe(c.prompt.length === 1 ? `“${c.prompt[0]}”待复盘。按 Enter 查看` : `${c.prompt.length} 个活动待复盘。按 Enter 查看`);
    expect(await covered(page)).toEqual([]);
    // Beside the heading: on its line or just under it, starting within or after it.
    const heading = page.locator('h1, h2, h3').first();
    const [h, b] = [(await heading.boundingBox())!, (await chip.boundingBox())!];
    expect(b.y).toBeGreaterThanOrEqual(h.y - 20);
    expect(b.y).toBeLessThanOrEqual(h.y + h.height + 4);
    // By keyboard: Enter opens the list, each campaign with its tip and its link.
    await chip.focus();
    await page.keyboard.press('Enter');
    await pop(page).waitFor();
    for (const name of c.prompt) {
      const row = pop(page).locator(`li[data-campaign="${name}"]`);
      expect(await row.textContent()).toMatch(new RegExp(`活动“${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”已结束 \\d+ 天，还没有复盘`));
      expect(await row.getByRole('button', { name: '去活动复盘' }).count()).toBe(1);
    }
    expect(await pop(page).textContent()).toContain('每次活动结束后都要复盘');
    if (c === TAOBAO) await s.screenshot(page, 'guidance-campaign');
    await page.keyboard.press('Escape');
    await expect.poll(() => pop(page).count()).toBe(0);
    await page.close();
  });

  it.runIf(!c.prompt.length)('no layer where every campaign is reviewed or still running', async () => {
    const page = await s.openConsole(c.page);
    await page.waitForTimeout(3000);
    expect(await guidanceHost(page).count()).toBe(0);
    await page.close();
  });
});

describe('the campaign prompt: link, switch, hide for today, reviewed', () => {
  it('its link opens that campaign’s 活动复盘 in the side panel', async () => {
    const panel = await s.openExtensionPage('sidepanel.html');
    const page = await s.openConsole(TAOBAO.page);
    await prompt(page).waitFor({ timeout: 20_000 });
    await prompt(page).click();
    // The older of the two (the panel would open on the newest campaign by itself).
    await pop(page).locator('li[data-campaign="双11 预售"]').getByRole('button', { name: '去活动复盘' }).click();
    await expect.poll(() => panel.getByRole('tab', { name: '活动复盘' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    await panel.getByTestId('campaign-review').getByRole('heading', { name: /双11 预售/ }).waitFor();
    await page.close();
    await panel.close();
  });

  it('the campaigns switch in 设置 takes the prompt away and brings it back', async () => {
    await setGuidance(s, { campaigns: false });
    let page = await s.openConsole(TAOBAO.page);
    await page.waitForTimeout(3000);
    expect(await guidanceHost(page).count()).toBe(0);
    await page.close();
    await setGuidance(s, { campaigns: true });
    page = await s.openConsole(TAOBAO.page);
    await prompt(page).waitFor({ timeout: 20_000 });
    await page.close();
  });

  it('hide for today: gone from this page at once and after a reload; another console’s campaign page keeps it', async () => {
    const pdd = CONSOLES[1]!;
    const page = await s.openConsole(pdd.page);
    await prompt(page).waitFor({ timeout: 20_000 });
    await prompt(page).click();
    await page.locator('shopmate-guidance [data-action="hide-today"]').click();
    await expect.poll(() => page.locator('shopmate-guidance [role="status"]').textContent()).toContain('今天这个页面不再显示提示');
    await expect.poll(() => chips(page).count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(3000);
    expect(await guidanceHost(page).count()).toBe(0);
    await page.close();
    const other = await s.openConsole(CONSOLES[3]!.page);
    await prompt(other).waitFor({ timeout: 20_000 });
    await other.close();
  });

  it('once reviewed, a campaign is no longer named; with all reviewed, no layer', async () => {
    const panel = await s.openExtensionPage('sidepanel.html');
    expect((await sendFromPage(panel, 'campaign.markReviewed', { id: ids.get('双11 预售'), at: Date.now() })).ok).toBe(true);
    let page = await s.openConsole(TAOBAO.page);
    await prompt(page).waitFor({ timeout: 20_000 });
    expect(await prompt(page).getAttribute('data-campaigns')).toBe('年货节预热');
    await page.close();
    expect((await sendFromPage(panel, 'campaign.markReviewed', { id: ids.get('年货节预热'), at: Date.now() })).ok).toBe(true);
    page = await s.openConsole(TAOBAO.page);
    await page.waitForTimeout(3000);
    expect(await guidanceHost(page).count()).toBe(0);
    await page.close();
    await panel.close();
  });
});
