import { describe, expect, it } from 'vitest';
import { CATALOGS, translator, type MessageKey } from '@/lib/i18n';

describe('i18n catalogs', () => {
  const zh = CATALOGS['zh-CN'];
  const en = CATALOGS.en;

  it('English has exactly the Chinese keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('both languages use the same {placeholders} in each message', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as MessageKey[]) {
      expect(params(en[key]), key).toEqual(params(zh[key]));
    }
  });

  it('defaults to Simplified Chinese wording and fills parameters', () => {
    expect(translator('zh-CN')('app.name')).toBe('掌柜助手');
    expect(translator('zh-CN')('common.error', { reason: '无法读取' })).toBe('出错了：无法读取');
    expect(translator('en')('common.error', { reason: 'x' })).toBe('Something went wrong: x');
  });

  it('leaves an unfilled parameter visible instead of printing "undefined"', () => {
    expect(translator('zh-CN')('common.error')).toBe('出错了：{reason}');
  });
});
