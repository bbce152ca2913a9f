import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../../scripts/firefox.mjs';
import { FIXTURES, loadRoutes, urlMatches, type ConsoleRoute } from '../../scripts/console-routes.mjs';

export { eventually } from '../e2e/harness';

/**
 * Drives the BUILT Firefox add-on in headless firefox-esr over WebDriver BiDi
 * (../shared/E2E-FIREFOX.md): console fixtures are served under the consoles' real URLs by
 * request interception, so the manifest's real `matches` are what is tested; every other
 * request is aborted and recorded. Extension pages open as tabs (the popup and the sidebar
 * are browser UI that BiDi cannot reach).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/.runs/firefox');

export const firefoxExtensionDir = () => path.join(ROOT, process.env.SHOPMATE_OUT_DIR ?? '.output', 'firefox-mv3');

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<fixed uuid> */
  origin: string;
  /** Where Firefox saves downloads (backups) without asking. */
  downloads: string;
  blockedRequests: string[];
  openExtensionPage(file: string): Promise<Page>;
  /** Navigates an open tab to one of the extension's pages (page.goto never resolves for them). */
  gotoExtensionPage(page: Page, file: string): Promise<void>;
  openConsole(url: string): Promise<Page>;
  readStore<T = Record<string, unknown>>(store: string): Promise<T[]>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

function contentTypeOf(file: string) {
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  return 'text/html; charset=utf-8';
}

export async function launchFirefox(
  options: {
    routes?: ConsoleRoute[];
    grantHostPermissions?: boolean;
    prefs?: Record<string, unknown>;
    /**
     * The seller's language choice, as 设置 → 界面语言 stores it; by default a Chinese seller who
     * chose 简体中文 (the suite checks Chinese text). Needed as in tests/e2e/harness.ts: ShopMate
     * follows the browser's UI language until the seller chooses, and Debian's firefox-esr without
     * a zh-CN language pack reports 'en-US' whatever intl.locale.requested says.
     * 'auto' = not chosen: the UI follows the browser.
     */
    language?: 'zh-CN' | 'en' | 'auto';
  } = {},
): Promise<FirefoxSession> {
  const routes = options.routes ?? loadRoutes();
  const downloads = mkdtempSync(path.join(tmpdir(), 'shopmate-ff-downloads-'));
  const { browser, origin } = await launchFirefoxWithExtension(firefoxExtensionDir(), {
    grantHostPermissions: options.grantHostPermissions,
    prefs: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...options.prefs,
    },
  });
  const blockedRequests: string[] = [];
  let reader: Page | undefined;

  const serve = (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return void request.continue();
    const match = routes.find((r) => urlMatches(r.url, url));
    if (!match) {
      blockedRequests.push(url);
      return void request.abort();
    }
    void request.respond({
      status: 200,
      contentType: match.contentType ?? contentTypeOf(match.file),
      body: readFileSync(path.join(FIXTURES, match.file)),
    });
  };

  const gotoExtensionPage = async (page: Page, file: string) => {
    // puppeteer-core's internal BiDi context: the public goto waits for a load event Firefox never sends here.
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
    await frame.browsingContext.navigate(`${origin}/${file}`, 'complete');
  };

  const session: FirefoxSession = {
    browser,
    origin,
    downloads,
    blockedRequests,
    async openExtensionPage(file) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, file);
      return page;
    },
    gotoExtensionPage,
    async openConsole(url) {
      const page = await browser.newPage();
      // Interception is per page in puppeteer.
      await page.setRequestInterception(true);
      page.on('request', serve);
      await page.goto(url);
      return page;
    },
    async readStore<T>(store: string) {
      // The background is an event page (no target to evaluate in): read from an extension tab.
      reader ??= await session.openExtensionPage('icon/16.png');
      return reader.evaluate(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const open = indexedDB.open('shopmate');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const dbh = open.result;
              if (!dbh.objectStoreNames.contains(name)) {
                dbh.close();
                return resolve([]);
              }
              const req = dbh.transaction(name).objectStore(name).getAll();
              req.onsuccess = () => {
                resolve(req.result);
                dbh.close();
              };
              req.onerror = () => reject(req.error);
            };
          }),
        store,
      ) as Promise<T[]>;
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  const language = options.language ?? 'zh-CN';
  if (language !== 'auto') {
    try {
      // Any extension page may write the add-on's storage; the settings store and the worker follow the change.
      reader ??= await session.openExtensionPage('icon/16.png');
      await reader.evaluate(async (lang) => {
        type Area = { get(key: string): Promise<{ settings?: Record<string, unknown> }>; set(items: object): Promise<void> };
        const { local } = (globalThis as unknown as { browser: { storage: { local: Area } } }).browser.storage;
        const { settings } = await local.get('settings');
        await local.set({ settings: { ...(settings ?? {}), language: lang } });
      }, language);
    } catch (error) {
      await session.close();
      throw error;
    }
  }
  return session;
}

/** Text of the first element matching the selector, or undefined. */
export const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? undefined, selector);

/** Polls the page until the element's text matches. */
export async function waitForText(page: Page, selector: string, expected: string | RegExp, timeout = 10_000): Promise<string> {
  const handle = await page.waitForFunction(
    (s, source, flags) => {
      const text = document.querySelector(s)?.textContent ?? '';
      const ok = flags === null ? text === source : new RegExp(source, flags).test(text);
      return ok ? text : false;
    },
    { timeout },
    selector,
    typeof expected === 'string' ? expected : expected.source,
    typeof expected === 'string' ? null : expected.flags,
  );
  return (await handle.jsonValue()) as string;
}
