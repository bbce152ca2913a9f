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
