import { describe, expect, it } from 'vitest';
import { localeOfLanguageTag, resolveLocale } from '@/lib/i18n/locale';

describe('language follows the browser until the seller chooses', () => {
  it('any Chinese browser language gets Chinese, every other language English', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-TW', 'zh-HK', 'zh_CN', 'zh-Hans-CN', 'ZH-cn']) expect(localeOfLanguageTag(tag)).toBe('zh-CN');
    for (const tag of ['en', 'en-US', 'de-DE', 'ja', 'fr', 'zu', 'zha']) expect(localeOfLanguageTag(tag)).toBe('en');
  });

  it("'auto' takes the browser's; a chosen language wins whatever the browser says", () => {
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('auto', 'zh-CN')).toBe('zh-CN');
    expect(resolveLocale('zh-CN', 'en-US')).toBe('zh-CN');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
  });

  it('stays Chinese, its first language, where the browser cannot say (no i18n API)', () => {
    expect(resolveLocale('auto', undefined)).toBe('zh-CN');
  });
});
