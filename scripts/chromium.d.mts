import type { BrowserContext } from 'playwright-core';

export function findChromium(): string | undefined;
export function launchWithExtension(
  extDir: string,
  userDataDir: string,
  options?: {
    headless?: boolean;
    locale?: string;
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number } | null;
  },
): Promise<BrowserContext>;
