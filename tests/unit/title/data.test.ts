import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/model/consoles';
import { BannedWordsFileSchema, TitleRulesFileSchema } from '@/lib/title/data/schema';
import wordsFile from '@/lib/title/data/banned-words.json';
import rulesFile from '@/lib/title/data/title-rules.json';
import { normalizeForMatch } from '@/lib/title/banned';

describe('title data files', () => {
  it('title-rules.json is valid, with a sourced rule for every platform', () => {
    const parsed = TitleRulesFileSchema.safeParse(rulesFile);
    expect(parsed.success ? '' : z.prettifyError(parsed.error)).toBe('');
    for (const id of PLATFORM_IDS) expect(rulesFile.rules).toHaveProperty(id);
    // Unit/limit pairs the issue states: Taobao counts bytes, limit 60.
    expect(rulesFile.rules.taobao).toMatchObject({ unit: 'bytes', limit: 60 });
  });

  it('banned-words.json is valid: sourced lists, unique ids, no word twice', () => {
    const parsed = BannedWordsFileSchema.safeParse(wordsFile);
    expect(parsed.success ? '' : z.prettifyError(parsed.error)).toBe('');
    const ids = wordsFile.lists.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A word in two lists would be reported under whichever comes first: keep them disjoint per platform.
    for (const platform of PLATFORM_IDS) {
      const seen = new Map<string, string>();
      for (const list of wordsFile.lists.filter((l) => (l.platforms as string[]).includes(platform))) {
        for (const word of list.words) {
          const key = normalizeForMatch(word);
          expect(seen.get(key), `${word} in ${list.id} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, list.id);
        }
      }
    }
  });

  it('no list is attributed to the operations guides (they name no banned or filler words): each cites a law, a platform rule, or says it is ShopMate’s own', () => {
    const sources = { ...wordsFile.sources, ...rulesFile.sources } as Record<string, string>;
    for (const [id, text] of Object.entries(sources)) {
      expect(text, id).not.toMatch(/\bseed\b|DOMAIN/i);
      expect(text, id).toMatch(/广告法|Amazon|Taobao|Douyin|platform|ShopMate|Reconstruction/);
    }
    // Filler is advice, never presented as a rule.
    for (const list of wordsFile.lists.filter((l) => l.kind === 'filler')) {
      expect((wordsFile.sources as Record<string, string>)[list.id], list.id).toMatch(/^ShopMate’s own|^ShopMate's own/);
    }
  });

  it('holds the Advertising Law terms the issue names', () => {
    const all = wordsFile.lists.flatMap((l) => l.words);
    for (const word of ['最', '第一', '国家级', '顶级', '极致', '最佳', '唯一', '首个', '100%']) expect(all).toContain(word);
  });

  it('every rule and list has its source, and no source is orphaned', () => {
    expect(Object.keys(rulesFile.sources).sort()).toEqual(Object.keys(rulesFile.rules).sort());
    expect(TitleRulesFileSchema.safeParse({ ...rulesFile, sources: { ...rulesFile.sources, ghost: 'a source for nothing at all' } }).success).toBe(false);
    const { 'ad-law-statutory': _dropped, ...fewer } = wordsFile.sources;
    expect(BannedWordsFileSchema.safeParse({ ...wordsFile, sources: fewer }).success).toBe(false);
  });

  it('the schemas reject a malformed rule with a reason', () => {
    const bad = TitleRulesFileSchema.safeParse({ $comment: '', rules: { x: { unit: 'words', limit: -1 } } });
    expect(bad.success).toBe(false);
    expect(z.prettifyError(bad.error!)).toMatch(/unit|limit/);
  });
});
