import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings/schema';
import { parseWordList, WORD_LIST_LIMITS } from '@/lib/title/word-list';

describe('the seller’s word lists', () => {
  it('one word per line, trimmed, blank lines skipped', () => {
    expect(parseWordList(' 留香\n\n美白 \r\n', WORD_LIST_LIMITS.titleKeywords)).toEqual({ ok: true, words: ['留香', '美白'] });
    expect(parseWordList('', WORD_LIST_LIMITS.titleKeywords)).toEqual({ ok: true, words: [] });
  });

  it('says what is wrong and where', () => {
    const r = parseWordList(`留香\n${'长'.repeat(31)}\n留香\nＡＢ\nab`, WORD_LIST_LIMITS.titleKeywords);
    expect(r).toEqual({
      ok: false,
      problems: [
        { kind: 'tooLong', line: 2, word: '长'.repeat(31), max: 30 },
        { kind: 'duplicate', word: '留香' },
        { kind: 'duplicate', word: 'ab' },
      ],
    });
    const many = parseWordList(Array.from({ length: 101 }, (_, i) => `词${i}`).join('\n'), WORD_LIST_LIMITS.titleKeywords);
    expect(many).toMatchObject({ ok: false, problems: [{ kind: 'tooMany', count: 101, max: 100 }] });
  });

  it('its limits are the settings schema’s: a list at the limit saves, one over does not', () => {
    for (const key of ['titleKeywords', 'extraBannedWords'] as const) {
      const { maxWords, maxLength } = WORD_LIST_LIMITS[key];
      const atLimit = Array.from({ length: maxWords }, (_, i) => `${i}`.padEnd(maxLength, '词'));
      expect(parseSettings({ ...DEFAULT_SETTINGS, [key]: atLimit }).ok).toBe(true);
      expect(parseSettings({ ...DEFAULT_SETTINGS, [key]: [...atLimit, 'x'] }).ok).toBe(false);
      expect(parseSettings({ ...DEFAULT_SETTINGS, [key]: ['词'.repeat(maxLength + 1)] }).ok).toBe(false);
    }
  });
});
