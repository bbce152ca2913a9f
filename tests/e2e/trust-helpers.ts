import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

/**
 * Helpers for the trust e2e tests (tests/e2e/trust-*.e2e.test.ts): reading ShopMate's
 * IndexedDB from an extension page (works while the service worker is stopped), running code
 * in the content script's isolated world of a real console tab (so messages carry the real
 * sender), and stopping the service worker the way Chromium does when it is idle.
 */

export const CHANNEL = 'shopmate/v1';

/** Every object store of ShopMate's database, whatever the schema says, read from a page of the extension. */
export async function readAllStores(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('shopmate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const dbh = open.result;
          const names = [...dbh.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) {
            dbh.close();
            return resolve(out);
          }
          const tx = dbh.transaction(names, 'readonly');
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              out[name] = req.result;
            };
          }
          tx.oncomplete = () => {
            dbh.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export const rowCounts = (stores: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(stores).map(([name, rows]) => [name, rows.length]));

/** Sends a message from an extension page, exactly as the UI's sendToBackground does. */
export function sendFromPage(page: Page, type: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return page.evaluate(
    ([channel, t, p]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }).chrome.runtime.sendMessage({
        channel,
        type: t,
        payload: p,
      }),
    [CHANNEL, type, payload] as const,
  );
}

/** A handle on the content script's isolated world in a console tab (found by its extension origin). */
export async function contentScriptWorld(
  page: Page,
): Promise<{ evaluate<T>(expression: string): Promise<T>; cdp: CDPSession; origin: string }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let world: (typeof contexts)[number] | undefined;
  while (!(world = contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated'))) {
    if (Date.now() > deadline) throw new Error('the content script did not start in this tab');
    await new Promise((r) => setTimeout(r, 50));
  }
  const contextId = world.id;
  return {
    cdp,
    origin: world.origin,
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId,
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
  };
}

/** The message a content script sends, sent from that tab's content-script world. */
export function sendFromContentScript(
  world: Awaited<ReturnType<typeof contentScriptWorld>>,
  type: string,
  payload: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return world.evaluate(
    `chrome.runtime.sendMessage(${JSON.stringify({ channel: CHANNEL, type, payload })}).catch((e) => ({ ok: false, error: 'sendMessage: ' + e.message }))`,
  );
}

/** Is the extension's service worker running now (per the browser's target list)? */
export async function serviceWorkerRunning(s: ExtensionSession): Promise<boolean> {
  const browser = s.context.browser();
  if (!browser) throw new Error('no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${s.extensionId}/`));
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s idle: DevTools'
 * ServiceWorker.stopAllWorkers, sent from one of the extension's own pages.
 */
export async function stopServiceWorker(s: ExtensionSession, extensionPage: Page): Promise<void> {
  const cdp = await s.context.newCDPSession(extensionPage);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
  const deadline = Date.now() + 10_000;
  while (await serviceWorkerRunning(s)) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Records every request the extension's service worker makes, through a CDP session of its
 * own on each worker target (re-attached when a new worker starts). Playwright's request
 * events miss worker requests once the context routes requests, so this does not rely on them.
 */
export async function recordWorkerRequests(s: ExtensionSession, onRequest: (url: string) => void): Promise<() => Promise<void>> {
  const browser = s.context.browser();
  if (!browser) throw new Error('no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  const attached = new Set<string>();
  const prefix = `chrome-extension://${s.extensionId}/`;
  let nextId = 1;
  const attach = async (targetId: string) => {
    if (attached.has(targetId)) return;
    attached.add(targetId);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method: 'Network.enable' }) });
  };
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const message = JSON.parse(e.message) as { method?: string; params?: { request?: { url: string }; url?: string } };
    if (message.method === 'Network.requestWillBeSent') onRequest(message.params!.request!.url);
    if (message.method === 'Network.webSocketCreated') onRequest(message.params!.url!);
  });
  cdp.on('Target.targetCreated', (e: { targetInfo: { targetId: string; type: string; url: string } }) => {
    if (e.targetInfo.type === 'service_worker' && e.targetInfo.url.startsWith(prefix)) void attach(e.targetInfo.targetId);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos) if (t.type === 'service_worker' && t.url.startsWith(prefix)) await attach(t.targetId);
  return () => cdp.detach();
}

/** Every IndexedDB database of the extension's origin (ShopMate's and any derived cache) → store → rows. */
export async function readAllDatabases(page: Page): Promise<Record<string, Record<string, unknown[]>>> {
  return page.evaluate(async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      out[name] = await new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const dbh = open.result;
          const names = [...dbh.objectStoreNames];
          const stores: Record<string, unknown[]> = {};
          if (names.length === 0) {
            dbh.close();
            return resolve(stores);
          }
          const tx = dbh.transaction(names, 'readonly');
          for (const store of names) {
            const req = tx.objectStore(store).getAll();
            req.onsuccess = () => {
              stores[store] = req.result;
            };
          }
          tx.oncomplete = () => {
            dbh.close();
            resolve(stores);
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    }
    return out;
  });
}
