/**
 * Launches Chromium with an unpacked extension (../shared/E2E.md recipe). Debian's chromium by
 * default; CHROMIUM_PATH overrides. Branded Google Chrome ignores --load-extension since 137,
 * so the demo and the tests need Chromium.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

export async function launchWithExtension(extDir, userDataDir, options = {}) {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  }
  const context = await launch(executablePath, extDir, userDataDir, options);
  if (options.language) await chooseLanguage(context, options.language);
  return context;
}

/**
 * Stores the seller's language choice, as 设置 → 界面语言 does. Needed for a Chinese UI here:
 * ShopMate follows the browser's UI language until the seller chooses, and Debian's chromium
 * without chromium-l10n has only the en-US locale (getUILanguage() is 'en-US' whatever --lang
 * or LANGUAGE say).
 */
export async function chooseLanguage(context, language) {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  await worker.evaluate(async (lang) => {
    const { local } = globalThis.chrome.storage;
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...(settings ?? {}), language: lang } });
  }, language);
}

function launch(executablePath, extDir, userDataDir, options) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    locale: options.locale ?? 'zh-CN',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport === undefined ? { width: 420, height: 760 } : options.viewport,
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
}
