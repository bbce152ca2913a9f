/**
 * Launches Debian's firefox-esr headless with the built Firefox add-on, driven over WebDriver BiDi
 * with puppeteer-core (../shared/E2E-FIREFOX.md recipe: Playwright's Firefox needs its own patched
 * build, stock Firefox speaks BiDi). FIREFOX_PATH overrides the binary.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export function findFirefox() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

/** Fixed, so extension pages have a known moz-extension:// origin (otherwise random per profile). */
export const FIREFOX_EXTENSION_UUID = '5a0c0b1e-5e11-4a7e-9d5c-000000005e11';

export async function launchFirefoxWithExtension(extDir, options = {}) {
  const executablePath = findFirefox();
  if (!executablePath) {
    throw new Error('Firefox not found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  }
  const geckoId = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const locale = options.locale ?? 'zh-CN';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: options.viewport === undefined ? { width: 420, height: 760 } : options.viewport,
    // Lets BiDi open moz-extension:// pages in tabs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      'intl.accept_languages': locale,
      'intl.locale.requested': locale,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      // A Firefox user may withhold the consoles' host permission (granted at install by default).
      'extensions.originControls.grantByDefault': options.grantHostPermissions ?? true,
      ...(options.prefs ?? {}),
    },
  });
  try {
    await browser.installExtension(extDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, origin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}
