import { browser } from 'wxt/browser';
import type { Locale } from './index';

/** What the seller picked in 设置: a language, or 'auto' (follow the browser) until they choose. */
export type LanguageChoice = 'auto' | Locale;

/** zh, zh-CN, zh-TW, zh-Hans-… → Chinese (the only Chinese catalog); every other language → English. */
export function localeOfLanguageTag(tag: string | undefined): Locale {
  return tag && /^zh(?:[-_]|$)/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

/**
 * The browser's UI language (browser.i18n.getUILanguage()); undefined where the API is missing
 * (unit tests' fake browser), in which case ShopMate stays Chinese, its first language.
 */
export function browserLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

/** The language to show: the seller's choice, else the browser's. */
export function resolveLocale(choice: LanguageChoice, uiLanguage: string | undefined = browserLanguage()): Locale {
  if (choice !== 'auto') return choice;
  return uiLanguage === undefined ? 'zh-CN' : localeOfLanguageTag(uiLanguage);
}
