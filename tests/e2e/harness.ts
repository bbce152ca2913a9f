import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { loadRoutes, serveConsole, type ConsoleRoute } from '../../scripts/console-routes.mjs';

export { FIXTURES, loadRoutes, urlMatches, type ConsoleRoute } from '../../scripts/console-routes.mjs';

/**
 * Drives the BUILT extension in real headless Chromium (../shared/E2E.md): fixture pages are
 * served under the consoles' real URLs by route fulfilment, so the manifest's real `matches`
 * are what is tested. Every other request is aborted and recorded.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/.runs/screenshots');

export const extensionDir = () =>
  path.join(ROOT, process.env.SHOPMATE_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests the pages tried to send anywhere not served by a fixture (aborted). */
  blockedRequests: string[];
  /** Opens an extension page (popup.html, sidepanel.html, options.html) as a tab. */
  openExtensionPage(file: string): Promise<Page>;
  /** Opens a console fixture under its real URL. */
  openConsole(url: string): Promise<Page>;
  /** All rows of one object store of ShopMate's IndexedDB, read inside the service worker. */
  readStore<T = Record<string, unknown>>(store: string): Promise<T[]>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchExtension(
  options: {
    routes?: ConsoleRoute[];
    extensionPath?: string;
    locale?: string;
    colorScheme?: 'light' | 'dark';
    /**
     * The seller's language choice. By default a Chinese seller who chose 简体中文 (the suite
     * reads Chinese); 'auto' leaves it unchosen, so the UI follows the browser (en-US here).
     */
    language?: 'zh-CN' | 'en' | 'auto';
  } = {},
): Promise<ExtensionSession> {
  const extDir = options.extensionPath ?? extensionDir();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'shopmate-e2e-'));
  const language = options.language ?? (options.locale && !options.locale.startsWith('zh') ? 'en' : 'zh-CN');
  const context = await launchWithExtension(extDir, userDataDir, {
    locale: options.locale,
    colorScheme: options.colorScheme,
    language: language === 'auto' ? undefined : language,
  });
  const blockedRequests = await serveConsole(context, options.routes ?? loadRoutes());

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;

  const session: ExtensionSession = {
    context,
    worker,
    extensionId,
    blockedRequests,
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async openConsole(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async readStore<T>(store: string) {
      // The worker may have been restarted: always ask the current one.
      const current = context.serviceWorkers()[0] ?? worker;
      return current.evaluate(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const open = indexedDB.open('shopmate');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const dbh = open.result;
              if (!dbh.objectStoreNames.contains(name)) return resolve([]);
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
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Polls until fn returns a truthy value (for writes that travel content script → worker → IndexedDB). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  let lastError: unknown;
  do {
    try {
      last = await fn();
      if (last && (!Array.isArray(last) || last.length > 0)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < deadline);
  if (lastError) throw lastError;
  return last!;
}
