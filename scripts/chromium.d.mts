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
    /** The seller's language choice, stored after launch; absent = follow the browser ('auto'). */
    language?: 'zh-CN' | 'en';
  },
): Promise<BrowserContext>;
export function chooseLanguage(context: BrowserContext, language: 'zh-CN' | 'en'): Promise<void>;
