import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, waitForText, type FirefoxSession } from './harness';

/**
 * Language follows the browser until the seller chooses (issue 14), in Firefox too: nothing is
 * stored here, and Debian's firefox-esr reports its only locale, en-US, through
 * browser.i18n.getUILanguage(), so every page is in English until the seller picks 简体中文.
 */
describe('an English Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox({ language: 'auto' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('gets English in the side panel and the options page until the seller chooses', async () => {
    const panel = await s.openExtensionPage('sidepanel.html');
    await waitForText(panel, 'h1', 'ShopMate', 15_000);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    const options = await s.openExtensionPage('options.html');
    const label = await waitForText(options, 'select option[value="auto"]', /^Same as the browser/, 15_000);
    expect(label).toBe('Same as the browser (now English)');
    // Choosing Chinese wins over the browser, everywhere.
    await options.select('select:has(option[value="auto"])', 'zh-CN');
    await waitForText(panel, 'h1', '掌柜助手', 15_000);
  });
});
