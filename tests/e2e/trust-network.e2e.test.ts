import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, launchExtension, loadRoutes, type ExtensionSession } from './harness';
import { contentScriptWorld, recordWorkerRequests } from './trust-helpers';

/**
 * "Never sends a request": every request made by the extension's own pages (popup, side
 * panel, options), its service worker, and its content scripts on console pages is recorded
 * while the seller uses them; none may go anywhere but chrome-extension:// itself.
 *  - extension pages: Playwright's request events, by the requesting frame's origin;
 *  - the service worker: CDP Network on the worker target itself;
 *  - content scripts: CDP Network on each console tab, attributed by the initiator's stack
 *    (a request whose outermost frame is the extension's script).
 */

type Recorded = { from: string; url: string };
const OWN = /^(chrome-extension:|data:|blob:)/;
const PROBE = 'https://sycm.taobao.com/__shopmate_recorder_probe__';

interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

/** All frames, innermost first, following async parents. */
function framesOf(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) urls.push(...s.callFrames.map((f) => f.url));
  return urls.filter(Boolean);
}

describe('privacy: the extension sends no network request', () => {
  let s: ExtensionSession;
  const recorded: Recorded[] = [];
  const seen = { extensionPages: 0, worker: 0, consolePages: 0 };
  let stopWorkerRecorder: (() => Promise<void>) | undefined;

  const record = (from: string, url: string) => recorded.push({ from, url });
  const watchConsoleTab = async (page: Page) => {
    const cdp = await s.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: Initiator }) => {
      seen.consolePages++;
      const frames = framesOf(e.initiator.stack);
      const outermost = frames.at(-1);
      const byExtension = (e.initiator.url ?? '').startsWith('chrome-extension://') || (outermost ?? '').startsWith('chrome-extension://');
      if (byExtension) record(`content script (${outermost ?? e.initiator.url})`, e.request.url);
    });
    cdp.on('Network.webSocketCreated', (e: { url: string; initiator?: Initiator }) => {
      if (framesOf(e.initiator?.stack).some((u) => u.startsWith('chrome-extension://'))) record('content script websocket', e.url);
    });
    await cdp.send('Network.enable');
  };

  beforeAll(async () => {
    s = await launchExtension();
    stopWorkerRecorder = await recordWorkerRequests(s, (url) => {
      seen.worker++;
      record('service worker', url);
    });
    s.context.on('request', (r: Request) => {
      if (r.serviceWorker()) return; // recorded by the worker's own CDP session
      let frameUrl = '';
      try {
        frameUrl = r.frame().url();
      } catch {
        return;
      }
      if (frameUrl.startsWith('chrome-extension://')) {
        seen.extensionPages++;
        record(`extension page ${new URL(frameUrl).pathname}`, r.url());
      }
    });
  });
  afterAll(async () => {
    await stopWorkerRecorder?.();
    await s?.close();
  });

  it('on every console fixture page, and while using popup, side panel and options', async () => {
    // Every console page the demo serves (this feature's and the others'), under its real URL.
    const pages = [...new Set(loadRoutes().filter((r) => !/\.json$/.test(r.file) && !r.url.endsWith('*')).map((r) => r.url))];
    expect(pages.length).toBeGreaterThan(0);
    for (const url of pages) {
      const page = await s.context.newPage();
      await watchConsoleTab(page);
      await page.goto(url);
      await page.waitForTimeout(300);
      await page.close();
    }

    // The recorder does see a content script's request (control), attributed to the extension.
    const control = await s.context.newPage();
    await watchConsoleTab(control);
    await control.goto('https://sycm.taobao.com/portal/home.htm');
    const world = await contentScriptWorld(control);
    // Named as the content script's own file, as a real request from it would be on the stack.
    await world.evaluate(`fetch(${JSON.stringify(PROBE)}).catch(() => 0)\n//# sourceURL=${world.origin}/content-scripts/console-taobao.js`);
    await control.waitForTimeout(300);
    expect(recorded.some((r) => r.url === PROBE && r.from.startsWith('content script'))).toBe(true);
    await control.close();

    const popup = await s.openExtensionPage('popup.html');
    await popup.waitForTimeout(300);
    await s.screenshot(popup, 'trust-network-popup');
    await popup.close();

    const panel = await s.openExtensionPage('sidepanel.html');
    for (const tab of await panel.getByRole('tab').all()) {
      await tab.click();
      await panel.waitForTimeout(150);
    }
    await s.screenshot(panel, 'trust-network-sidepanel');
    await panel.close();

    const options = await s.openExtensionPage('options.html');
    await options.getByTestId('data-section').waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: '下载备份' }).click();
    await download;
    // The extension pages' CSP refuses any connection that is not the extension itself.
    const blocked = await options.evaluate(() => fetch('https://example.com/').then(() => 'sent', (e: Error) => `refused: ${e.message}`));
    expect(blocked).toMatch(/^refused/);
    // Control for the worker's recorder: a request to its own files is seen (and allowed).
    await s.worker.evaluate(() => fetch('/manifest.json').then((r) => r.status));
    const workerFetch = await s.worker.evaluate(() => fetch('https://example.com/').then(() => 'sent', (e: Error) => `refused: ${e.message}`));
    expect(workerFetch).toMatch(/^refused/);
    await options.waitForTimeout(500);
    await s.screenshot(options, 'trust-network-options');
    await options.close();

    // The instruments were live: extension pages loaded their own files, console pages their own resources.
    expect(seen.extensionPages).toBeGreaterThan(0);
    expect(seen.consolePages).toBeGreaterThan(0);
    expect(seen.worker).toBeGreaterThan(0);
    const leaks = recorded.filter((r) => !OWN.test(r.url) && r.url !== PROBE);
    expect(leaks).toEqual([]);
    console.log(
      `[trust] network: ${pages.length} console pages + popup/side panel/options; extension-page requests ${seen.extensionPages}, ` +
        `worker requests ${seen.worker}, console-page requests ${seen.consolePages}; requests leaving the extension: ${leaks.length}`,
    );
  });
});

describe('privacy: the built manifest asks for the minimum', () => {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir(), 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    externally_connectable?: unknown;
    content_scripts?: { matches?: string[] }[];
    web_accessible_resources?: { matches?: string[]; resources: string[] }[];
    content_security_policy?: { extension_pages?: string };
    icons?: Record<string, string>;
  };
  const consoleHost = /^https:\/\/[a-z0-9.-]+\.(taobao|tmall|pinduoduo|jd|jinritemai|amazon)\.com\/\*$/;

  it('no host permissions, no tabs, no <all_urls>; only storage, alarms, sidePanel (+ notifications on request)', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(new Set(manifest.permissions)).toEqual(new Set(['storage', 'alarms', 'sidePanel']));
    expect(manifest.optional_permissions ?? []).toEqual(['notifications']);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|"tabs"|"webRequest|"scripting"|"debugger"|"cookies"|"history"/);
  });

  it('web pages and other extensions cannot message the background (no externally_connectable)', () => {
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('content scripts and page-exposed files only on seller consoles, over https', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m).toMatch(consoleHost);
    for (const w of manifest.web_accessible_resources ?? []) for (const m of w.matches ?? []) expect(m).toMatch(consoleHost);
  });

  it('a strict CSP for extension pages: own scripts only, no eval, connections only to itself', () => {
    const csp = Object.fromEntries(
      (manifest.content_security_policy?.extension_pages ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(JSON.stringify(csp)).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });

  it('ships icons in every size the stores ask for', () => {
    for (const size of ['16', '32', '48', '96', '128']) {
      expect(manifest.icons?.[size]).toBe(`icon/${size}.png`);
      const png = readFileSync(path.join(extensionDir(), manifest.icons![size]!));
      expect(png.readUInt32BE(16)).toBe(Number(size)); // PNG IHDR width
    }
  });
});
