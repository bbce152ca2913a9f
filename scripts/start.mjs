#!/usr/bin/env node
/**
 * `npm start`: builds ShopMate, serves the bundled demo seller console under the consoles'
 * real URLs, and opens Chromium with the extension loaded on it — no seller account needed.
 * Without a display it says so, takes screenshots of the demo instead, and prints how to load
 * the build by hand.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium, launchWithExtension } from './chromium.mjs';
import { serveConsole } from './console-routes.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const extDir = path.join(ROOT, '.output', 'chrome-mv3');
const DEMO_START = 'https://sycm.taobao.com/portal/home.htm';

const manualSteps = `
Load it by hand in Chrome / Edge:
  1. open chrome://extensions (edge://extensions), turn on Developer mode
  2. "Load unpacked" → ${extDir}
Firefox: npm run build:firefox, then about:debugging → This Firefox → Load Temporary Add-on →
  .output/firefox-mv3/manifest.json`;

console.log('▶ Building ShopMate (wxt build)…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!findChromium()) {
  console.log(`\nChromium was not found, so the demo console cannot be opened for you.${manualSteps}`);
  process.exit(0);
}

const userDataDir = mkdtempSync(path.join(tmpdir(), 'shopmate-demo-'));
const context = await launchWithExtension(extDir, userDataDir, {
  headless: !hasDisplay,
  viewport: hasDisplay ? null : { width: 1280, height: 800 },
});
// The demo lives today: 实时 cards dated today, so the checklist ticks and the headline fills.
await serveConsole(context, undefined, { datedToday: true });
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
const extensionId = new URL(worker.url()).host;

const consolePage = context.pages()[0] ?? (await context.newPage());
await consolePage.goto(DEMO_START);
const sidePanel = await context.newPage();
await sidePanel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html`);

if (hasDisplay) {
  await consolePage.bringToFront();
  console.log(`
✔ ShopMate is running on the demo console (${DEMO_START}).
  The tabs show the console, the side panel and the popup as pages; the toolbar icon opens the
  real popup. Everything is served from tests/fixtures/console — no network is used.
  Close the browser window to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
} else {
  const out = path.join(ROOT, 'tests/e2e/.runs/demo');
  mkdirSync(out, { recursive: true });
  await new Promise((r) => setTimeout(r, 1500));
  // The side panel and the popup at the widths the browser gives them.
  for (const [page, name, width] of [
    [consolePage, 'console', 1280],
    [sidePanel, 'sidepanel', 400],
    [popup, 'popup', 380],
  ]) {
    await page.setViewportSize({ width, height: 800 });
    await page.reload();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  }
  console.log(`
There is no display here, so the demo ran headless: ShopMate was loaded into Chromium, opened
the demo console at ${DEMO_START}, and screenshots were saved to
  ${out}/{console,sidepanel,popup}.png
${manualSteps}`);
  await context.close();
}
