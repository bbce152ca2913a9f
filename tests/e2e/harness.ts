import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Drives the BUILT extension in real headless Chromium (../shared/E2E.md): fixture pages are
 * served under the consoles' real URLs by route fulfilment, so the manifest's real `matches`
 * are what is tested. Every other request is aborted and recorded.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/console');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/.runs/screenshots');

export const extensionDir = () =>
  path.join(ROOT, process.env.SHOPMATE_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ConsoleRoute {
  /** Real console URL; a trailing * matches any query/suffix. */
  url: string;
  /** File under tests/fixtures/console/. */
  file: string;
  contentType?: string;
}

/** Every routes*.json under tests/fixtures/console/ (each feature keeps its own file). */
export function loadRoutes(): ConsoleRoute[] {
  const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|\/)routes[^/]*\.json$/.test(f))
    .sort();
  return files.flatMap((f) => {
    const routes = JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')).routes as ConsoleRoute[];
    return routes;
  });
}

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
  options: { routes?: ConsoleRoute[]; extensionPath?: string; locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionSession> {
  const extDir = options.extensionPath ?? extensionDir();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'shopmate-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'zh-CN',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 420, height: 760 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const routes = options.routes ?? loadRoutes();
  const blockedRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const match = routes.find((r) => urlMatches(r.url, url));
    if (!match) {
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({
      status: 200,
      contentType: match.contentType ?? contentTypeOf(match.file),
      body: readFileSync(path.join(FIXTURES, match.file)),
    });
  });

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

export function urlMatches(pattern: string, url: string): boolean {
  if (pattern.endsWith('*')) return url.startsWith(pattern.slice(0, -1));
  return url === pattern || url.split('#')[0] === pattern;
}

function contentTypeOf(file: string): string {
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.png')) return 'image/png';
  return 'text/html; charset=utf-8';
}
