import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { checkTitle, type TitleSettings } from '@/lib/title/check';
import { describeTitleCheck } from '@/lib/title/describe';
import { titleRule } from '@/lib/title/rules';

const originalTz = process.env.TZ;
const at = (iso: string) => new Date(iso).getTime();
const settings: TitleSettings = { ...DEFAULT_SETTINGS, language: 'zh-CN', titleKeywords: ['留香', '美白'] };
const zh = translator('zh-CN');

describe('the guard’s sentences (seed 003 §3 wording)', () => {
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  const now = at('2026-03-10T14:30:00+08:00');
  const run = (candidate: string, editTimes: number[] = [], locale: 'zh-CN' | 'en' = 'zh-CN') =>
    describeTitleCheck(
      checkTitle({ platform: 'taobao', rule: titleRule('taobao')!, original: '沐浴露女持久留香', candidate, settings, editTimes, now }),
      translator(locale),
      locale,
      now,
    );

  it('warns about a 5-character change, the throttle and the time of day', () => {
    const notes = run('沐浴露女持久留香美白滋润装', [at('2026-03-09T06:00:00+08:00'), at('2026-03-10T06:00:00+08:00'), at('2026-03-10T09:00:00+08:00')]);
    const text = notes.map((n) => n.text);
    expect(text).toContain('本次改动 5 个字，建议每次不超过 3 个字');
    // The window frees tomorrow 06:00, the end of the default 0–6 early-morning window: the next one opens the day after.
    expect(text).toContain('该宝贝 24 小时内已编辑 2 次，再次编辑可能影响权重，建议后天 00:00 后再改');
    expect(text).toContain('现在是 14:30，建议在凌晨修改');
    expect(text).toContain('已含卖点词：留香、美白');
    expect(notes.find((n) => n.id === 'changed')!.level).toBe('warn');
  });

  it('exactly 3 characters changed is within the guide’s “一次只改3个字”: no warning; 4 warns (seed 003 §3)', () => {
    // 沐浴露女持久留香 → +美白 (2 inserted) and 香→味 (1 substituted): 3 graphemes changed.
    const three = checkTitle({ platform: 'taobao', rule: titleRule('taobao')!, original: '沐浴露女持久留香', candidate: '沐浴露女持久留味美白', settings, editTimes: [], now });
    expect(three.diff.charsChanged).toBe(3);
    expect(three.tooManyChanged).toBe(false);
    const notes3 = run('沐浴露女持久留味美白');
    expect(notes3.find((n) => n.id === 'changed')).toEqual({ id: 'changed', level: 'info', text: '本次改动 3 个字（建议每次不超过 3 个字）' });
    const four = run('沐浴露女持久留味美白装');
    expect(four.find((n) => n.id === 'changed')).toEqual({ id: 'changed', level: 'warn', text: '本次改动 4 个字，建议每次不超过 3 个字' });
    // The limit is the setting, not a constant: with 2 allowed, the same 3 warns.
    const strict = checkTitle({
      platform: 'taobao',
      rule: titleRule('taobao')!,
      original: '沐浴露女持久留香',
      candidate: '沐浴露女持久留味美白',
      settings: { ...settings, thresholds: { ...settings.thresholds, titleMaxCharsChanged: 2 } },
      editTimes: [],
      now,
    });
    expect(strict.tooManyChanged).toBe(true);
  });

  it('throttle advice: the free moment when it is early morning or the advice is off, else the next window start', () => {
    const edits = [at('2026-03-10T06:00:00+08:00'), at('2026-03-10T09:00:00+08:00')]; // free at 2026-03-11 06:00
    const advice = (start: number, end: number, moment = now) =>
      describeTitleCheck(
        checkTitle({
          platform: 'taobao',
          rule: titleRule('taobao')!,
          original: '沐浴露女持久留香',
          candidate: '沐浴露女持久留香',
          settings: { ...settings, thresholds: { ...settings.thresholds, earlyMorningStartHour: start, earlyMorningEndHour: end } },
          editTimes: edits,
          now: moment,
        }),
        zh,
        'zh-CN',
        moment,
      ).find((n) => n.id === 'throttle')!.text;
    const sentence = (when: string) => `该宝贝 24 小时内已编辑 2 次，再次编辑可能影响权重，建议${when} 后再改`;
    // DOMAIN's example: with the early-morning advice off, the moment the window frees.
    expect(advice(0, 0)).toBe(sentence('明天 06:00'));
    expect(advice(5, 8)).toBe(sentence('明天 06:00'));
    expect(advice(22, 5)).toBe(sentence('明天 22:00'));
    expect(advice(0, 6)).toBe(sentence('后天 00:00'));
    expect(advice(7, 8)).toBe(sentence('明天 07:00'));
    // Seen from just after midnight, the same moment reads as tomorrow.
    expect(advice(0, 6, at('2026-03-11T00:30:00+08:00'))).toBe(sentence('明天 00:00'));
  });

  it('a small change in the morning window after one edit is calm', () => {
    const early = at('2026-03-10T05:00:00+08:00');
    const notes = describeTitleCheck(
      checkTitle({ platform: 'taobao', rule: titleRule('taobao')!, original: '沐浴露女持久留香', candidate: '沐浴露男持久留香', settings, editTimes: [early - 3_600_000], now: early }),
      zh,
      'zh-CN',
      early,
    );
    const levels = Object.fromEntries(notes.map((n) => [n.id, n.level]));
    expect(levels).toMatchObject({ changed: 'info', throttle: 'info', keywordsMissing: 'warn' });
    expect(levels).not.toHaveProperty('earlyMorning');
    expect(notes.map((n) => n.text)).toContain('24 小时内已编辑 1 次（建议不超过 2 次）');
    expect(notes.map((n) => n.text)).toContain('缺少卖点词：美白');
  });

  it('reports banned words, length over the limit and forbidden characters', () => {
    const notes = run('全网最佳沐浴露<持久留香>美白滋润' + '香'.repeat(20));
    const byId = Object.fromEntries(notes.map((n) => [n.id, n]));
    expect(byId.banned!.text).toBe('含违禁词：最佳');
    expect(byId.length!).toMatchObject({ level: 'bad' });
    expect(byId.length!.text).toMatch(/^超出平台上限：\d+\/60 字符（汉字计 2）$/);
    expect(byId.forbiddenChars!.text).toBe('平台不允许的字符：<、>');
  });

  it('speaks English too', () => {
    const text = run('沐浴露女持久留香美白滋润装', [], 'en').map((n) => n.text);
    expect(text).toContain('5 characters changed; change at most 3 per edit');
    expect(text).toContain('It is 14:30 now; edits are best made in the early morning');
  });
});
