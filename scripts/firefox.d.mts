import type { Browser } from 'puppeteer-core';

export function findFirefox(): string | undefined;
export const FIREFOX_EXTENSION_UUID: string;
export function launchFirefoxWithExtension(
  extDir: string,
  options?: {
    headless?: boolean;
    locale?: string;
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number } | null;
    /** false: start with the consoles' site permission withheld, as a Firefox user may. */
    grantHostPermissions?: boolean;
    prefs?: Record<string, unknown>;
  },
): Promise<{ browser: Browser; origin: string }>;
