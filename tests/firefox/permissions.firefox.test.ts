import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchFirefox, textOf, type FirefoxSession } from './harness';

/**
 * Firefox lets the user withhold an add-on's site access (MV3 host permissions are opt-in there):
 * here the consoles' permission starts withheld, as with extensions.originControls.grantByDefault
 * off. The content scripts then never run; the popup says so and its button asks for the
 * permission (permissions.request). The browser's own prompt is browser UI that BiDi cannot
 * click, so it is answered "allow" by Firefox's pref for optional-permission prompts.
 */

const HOME = 'https://sycm.taobao.com/portal/home.htm';

describe('site access withheld in Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox({ grantHostPermissions: false, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('nothing is read from a console page while the permission is withheld', async () => {
    const page = await s.openConsole(HOME);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await s.readStore('pageVisits')).toEqual([]);
    expect(await s.readStore('shopDaily')).toEqual([]);
    await page.close();
  });

  it('the popup says so; its button requests the permission, the notice goes, and the console is read', async () => {
    const popup = await s.openExtensionPage('popup.html');
    await popup.setViewport({ width: 380, height: 700 });
    const notice = await popup.waitForSelector('[data-testid="console-access"]', { timeout: 15_000 });
    expect(await notice!.evaluate((n) => n.getAttribute('role'))).toBe('alert');
    expect(await textOf(popup, '[data-testid="console-access"] span')).toBe(
      '掌柜助手还没有读取卖家后台页面的权限：打开后台时清单不会自动打勾，数据也不会记录。',
    );
    // The checklist is still there below the notice.
    await popup.waitForSelector('li[data-duty="shop-check"]');
    await s.screenshot(popup, 'popup-access-withheld');

    // A real click (a user gesture): the only way a page may ask for a permission.
    await popup.click('[data-testid="console-access"] button');
    await popup.waitForSelector('[data-testid="console-access"]', { hidden: true, timeout: 10_000 });
    expect(
      await popup.evaluate(() =>
        (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({
          origins: ['https://sycm.taobao.com/*', 'https://mms.pinduoduo.com/*', 'https://sellercentral.amazon.com/*'],
        }),
      ),
    ).toBe(true);

    const page = await s.openConsole(HOME);
    const rows = await eventually(async () => {
      const all = await s.readStore<{ date: string }>('shopDaily');
      return all.length === 2 ? all : undefined;
    }, 20_000);
    expect(rows?.map((r) => r.date).sort()).toEqual(['2026-11-21', '2026-11-22']);
    await page.close();
    await popup.close();
  });
});
