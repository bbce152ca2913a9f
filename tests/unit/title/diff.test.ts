import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTitle } from '@/lib/title/diff';
import { graphemes } from '@/lib/title/graphemes';

/** Reference Levenshtein distance over graphemes (a plain, independent oracle). */
function levenshtein(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const rebuild = (d: ReturnType<typeof diffTitle>, side: 'before' | 'after') =>
  d.segments
    .filter((s) => s.kind === 'same' || s.kind === (side === 'before' ? 'removed' : 'added'))
    .map((s) => s.text)
    .join('');

describe('diffTitle: characters changed, by what the seller sees as a character', () => {
  it('counts each Chinese character once and says which ones changed', () => {
    const d = diffTitle('纯棉短袖T恤女夏季宽松', '纯棉短袖T恤女春秋宽松');
    expect(d.charsChanged).toBe(2);
    expect(d.removed).toEqual(['夏', '季']);
    expect(d.added).toEqual(['春', '秋']);
  });

  it('added characters count one each, wherever they go', () => {
    const d = diffTitle('沐浴露女持久留香家庭装', '沐浴露女持久留香美白滋润家庭装大瓶');
    expect(d.charsChanged).toBe(6);
    expect(diffTitle('沐浴露女持久留香', '沐浴露女持久留香美白滋润装').charsChanged).toBe(5);
    expect(d.added.join('')).toBe('美白滋润大瓶');
    expect(d.removed).toEqual([]);
  });

  it('insertions and deletions count their length', () => {
    expect(diffTitle('连衣裙', '连衣裙女').charsChanged).toBe(1);
    expect(diffTitle('连衣裙女夏', '连衣裙').charsChanged).toBe(2);
    expect(diffTitle('', '新品').charsChanged).toBe(2);
  });

  it('handles mixed Latin, digits and Chinese', () => {
    const d = diffTitle('iPhone15 手机壳 2024新款', 'iPhone16 手机壳 2025新款');
    expect(d.charsChanged).toBe(2);
    expect(d.removed).toEqual(['5', '4']);
    expect(d.added).toEqual(['6', '5']);
  });

  it('counts an inner space as a character but ignores surrounding whitespace', () => {
    expect(diffTitle('纯棉 T恤', '纯棉T恤').charsChanged).toBe(1);
    expect(diffTitle('  纯棉T恤 ', '纯棉T恤').charsChanged).toBe(0);
  });

  it('counts an emoji, a flag or an accented letter as one character', () => {
    expect(diffTitle('手机壳', '手机壳👍🏽').charsChanged).toBe(1);
    expect(diffTitle('手机壳🇨🇳', '手机壳🇯🇵').charsChanged).toBe(1);
    expect(diffTitle('cafe', 'café').charsChanged).toBe(1);
    expect(diffTitle('手机壳👍🏽', '手机壳👍🏽').charsChanged).toBe(0);
  });

  it('a replaced character counts once, wherever it repeats; a reorder never exceeds the title', () => {
    expect(diffTitle('纯棉纯', '纯纯纯')).toMatchObject({ charsChanged: 1, removed: ['棉'], added: ['纯'] });
    expect(diffTitle('abc', 'cba').charsChanged).toBe(2);
  });

  it('properties: zero only when equal, exactly the edit distance, segments rebuild both titles', () => {
    const title = fc.string({ unit: fc.constantFrom('纯', '棉', 'T', '恤', ' ', '女', '夏', '1', '👍', 'a'), maxLength: 12 });
    fc.assert(
      fc.property(title, title, (a, b) => {
        const d = diffTitle(a, b);
        const ga = graphemes(a.trim());
        const gb = graphemes(b.trim());
        expect(d.charsChanged === 0).toBe(a.trim() === b.trim());
        expect(d.charsChanged).toBe(levenshtein(ga, gb));
        expect(d.charsChanged).toBeLessThanOrEqual(Math.max(ga.length, gb.length));
        expect(rebuild(d, 'before')).toBe(a.trim());
        expect(rebuild(d, 'after')).toBe(b.trim());
      }),
    );
  });
});
