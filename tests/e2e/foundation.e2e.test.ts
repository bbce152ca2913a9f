import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchExtension, type ExtensionSession } from './harness';

describe('the built extension in real Chromium', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('loads with a service worker and a manifest that asks only for seller consoles', async () => {
    const manifest = (await s.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest(),
    )) as { host_permissions?: string[]; permissions: string[]; content_scripts: { matches?: string[] }[] };
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).not.toContain('tabs');
    const matches = manifest.content_scripts.flatMap((c) => c.matches ?? []);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\.(taobao|pinduoduo|jd|jinritemai|amazon)\.com\/\*$/);
  });

  it('runs the content script on a console page and the background stores what it sent', async () => {
    const page = await s.openConsole('https://sycm.taobao.com/portal/home.htm');
    const visits = await eventually(() => s.readStore<{ pageKind: string; platform: string }>('pageVisits'));
    expect(visits[0]).toMatchObject({ platform: 'taobao', pageKind: 'dashboard' });
    await s.screenshot(page, 'foundation-sycm-home');
  });

  it('renders the popup, side panel and options pages', async () => {
    for (const [file, text] of [
      ['popup.html', '掌柜助手'],
      ['sidepanel.html', '掌柜助手'],
      ['options.html', '掌柜助手 设置'],
    ] as const) {
      const page = await s.openExtensionPage(file);
      await page.getByText(text, { exact: false }).first().waitFor();
      await s.screenshot(page, `foundation-${file.replace('.html', '')}`);
      await page.close();
    }
  });
});
