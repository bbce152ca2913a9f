import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findListedWords, normalizeForMatch } from '@/lib/title/banned';
import { diffTitle } from '@/lib/title/diff';
import { earlyMorning } from '@/lib/title/early-morning';
import { graphemes } from '@/lib/title/graphemes';
import { titleLength } from '@/lib/title/length';
import { editThrottle, isSameSave } from '@/lib/title/throttle';

/**
 * Property tests of the title guard's pure rules (lib/title, helper C's), on hostile input:
 * any Unicode (combining marks, emoji sequences, lone surrogates, RTL, zero-width), any
 * timestamps. Complements tests/unit/title/*.test.ts.
 */

const HAN = fc.constantFrom(...'纯棉短袖恤女夏季宽松连衣裙沐浴露持久留香美白新款包邮');
const titleGrapheme = fc.oneof(
  { weight: 5, arbitrary: HAN },
  { weight: 2, arbitrary: fc.constantFrom('T', 'a', '1', ' ', '-', '/', '【', '】') },
  { weight: 1, arbitrary: fc.constantFrom('👍🏽', '🇨🇳', 'é', 'é', '\u200b', '\u202e', '👨‍👩‍👧') },
);
/** Titles built from whole graphemes, so "one character" is unambiguous. */
const titleGraphemes = fc.array(titleGrapheme, { maxLength: 30 }).filter((g) => g.join('').trim() === g.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 80 });

const rebuild = (d: ReturnType<typeof diffTitle>, side: 'removed' | 'added') =>
  d.segments.filter((s) => s.kind === 'same' || s.kind === side).map((s) => s.text).join('');

describe('diffTitle on any input', () => {
  it('never throws on arbitrary Unicode (lone surrogates included), and its segments rebuild both titles', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const d = diffTitle(a, b);
        expect(rebuild(d, 'removed')).toBe(a.trim());
        expect(rebuild(d, 'added')).toBe(b.trim());
        expect(d.added.length).toBe(d.segments.filter((s) => s.kind === 'added').reduce((n, s) => n + s.count, 0));
        expect(d.removed.length).toBe(d.segments.filter((s) => s.kind === 'removed').reduce((n, s) => n + s.count, 0));
        expect(Number.isInteger(d.charsChanged) && d.charsChanged >= 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('inserting k characters anywhere counts exactly k; deleting k counts exactly k', () => {
    fc.assert(
      fc.property(titleGraphemes, fc.array(titleGrapheme, { minLength: 1, maxLength: 6 }), fc.nat(), (base, inserted, at) => {
        const pos = base.length ? at % (base.length + 1) : 0;
        const longer = [...base.slice(0, pos), ...inserted, ...base.slice(pos)];
        // Only when nothing at the ends is whitespace (titles are trimmed before counting).
        fc.pre(longer.join('').trim() === longer.join(''));
        const k = graphemes(longer.join('')).length - graphemes(base.join('')).length;
        expect(diffTitle(base.join(''), longer.join('')).charsChanged).toBe(k);
        expect(diffTitle(longer.join(''), base.join('')).charsChanged).toBe(k);
      }),
      { numRuns: 500 },
    );
  });

  it('surrounding whitespace is never counted', () => {
    fc.assert(
      fc.property(titleGraphemes, fc.constantFrom(' ', '\t', '\n', '\u3000', '  '), (g, pad) => {
        expect(diffTitle(pad + g.join('') + pad, g.join('')).charsChanged).toBe(0);
      }),
    );
  });

  // Found by these properties and fixed by helper C in d643a70 (one Levenshtein alignment):
  // a replaced character once counted 2 (纯棉纯 → 纯纯纯) and a reorder more than the title's length.
  it('replacing one character with another counts 1 (纯棉纯 → 纯纯纯)', () => {
    fc.assert(
      fc.property(titleGraphemes.filter((g) => g.length > 0), fc.nat(), titleGrapheme, (base, at, replacement) => {
        const i = at % base.length;
        fc.pre(base[i] !== replacement);
        const changed = [...base.slice(0, i), replacement, ...base.slice(i + 1)];
        fc.pre(changed.join('').trim() === changed.join(''));
        expect(diffTitle(base.join(''), changed.join('')).charsChanged).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000, examples: [[['纯', '棉', '纯'], 1, '纯']] },
    );
  });

  it('never more characters changed than the longer title has (abc → cba)', () => {
    fc.assert(
      fc.property(titleGraphemes, titleGraphemes, (a, b) => {
        expect(diffTitle(a.join(''), b.join('')).charsChanged).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { numRuns: 1000, examples: [[['a', 'b', 'c'], ['c', 'b', 'a']]] },
    );
  });
});

describe('titleLength', () => {
  it('is additive for trimmed pieces, never negative, and "over" means above the limit', () => {
    fc.assert(
      fc.property(titleGraphemes, titleGraphemes, fc.constantFrom('bytes', 'chars') as fc.Arbitrary<'bytes' | 'chars'>, fc.integer({ min: 1, max: 200 }), (a, b, unit, limit) => {
        const rule = { unit, limit };
        const la = titleLength(a.join(''), rule);
        const lb = titleLength(b.join(''), rule);
        const lab = titleLength(a.join('') + b.join(''), rule);
        if (unit === 'bytes') expect(lab.value).toBe(la.value + lb.value);
        else expect(lab.value).toBeLessThanOrEqual(la.value + lb.value); // a joining sequence may merge
        expect(lab.over).toBe(lab.value > limit);
      }),
    );
  });

  it('the byte count (30 汉字 = 60) is at least the character count, and twice it for Chinese', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(titleLength(t, { unit: 'bytes', limit: 60 }).value).toBeGreaterThanOrEqual(titleLength(t, { unit: 'chars', limit: 60 }).value);
      }),
    );
    fc.assert(
      fc.property(fc.array(HAN, { maxLength: 40 }), (han) => {
        expect(titleLength(han.join(''), { unit: 'bytes', limit: 60 }).value).toBe(2 * han.length);
      }),
    );
  });
});

describe('editThrottle (rolling window) on any timestamps', () => {
  const HOUR = 3_600_000;
  const thresholds = fc.record({ titleMaxEditsPerWindow: fc.integer({ min: 1, max: 20 }), titleEditWindowHours: fc.integer({ min: 1, max: 168 }) });
  const now = fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 });

  it('counts only edits in the window, ignores order, and "limit reached" means one more would exceed it', () => {
    fc.assert(
      fc.property(now, thresholds, fc.array(fc.integer({ min: -400 * HOUR, max: 2 * HOUR }), { maxLength: 30 }), (t, th, offsets) => {
        const times = offsets.map((o) => t + o);
        const status = editThrottle(times, t, th);
        expect(status.editsInWindow).toBeLessThanOrEqual(times.length);
        expect(editThrottle([...times].reverse(), t, th)).toEqual(status);
        expect(status.limitReached).toBe(status.editsInWindow >= th.titleMaxEditsPerWindow);
        const expected = times.filter((at) => Math.min(at, t) > t - th.titleEditWindowHours * HOUR).length;
        expect(status.editsInWindow).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('when the limit is reached, safeAt is the first moment one more edit fits (edits in the past)', () => {
    fc.assert(
      fc.property(now, thresholds, fc.array(fc.integer({ min: 0, max: 200 * HOUR }), { minLength: 1, maxLength: 30 }), (t, th, ages) => {
        const times = ages.map((a) => t - a);
        const status = editThrottle(times, t, th);
        if (!status.limitReached) {
          expect(status.safeAt).toBeUndefined();
          return;
        }
        expect(status.safeAt!).toBeGreaterThan(t);
        expect(editThrottle(times, status.safeAt!, th).limitReached).toBe(false);
        expect(editThrottle(times, status.safeAt! - 1, th).limitReached).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('isSameSave is symmetric', () => {
    const save = fc.record({ at: now, oldTitle: fc.string({ maxLength: 5 }), newTitle: fc.string({ maxLength: 5 }) });
    fc.assert(
      fc.property(save, save, (a, b) => {
        expect(isSameSave(a, b)).toBe(isSameSave(b, a));
      }),
    );
  });
});

describe('earlyMorning (the 凌晨 window) at any time', () => {
  it('inside the window exactly when the local hour is in [start, end); otherwise the next start is ahead, within a day, and inside', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 }), (now, start, end) => {
        const status = earlyMorning(now, { earlyMorningStartHour: start, earlyMorningEndHour: end });
        if (start === end) {
          expect(status).toEqual({ enabled: false, inWindow: true });
          return;
        }
        const hour = new Date(now).getHours();
        const inside = start < end ? hour >= start && hour < end : hour >= start || hour < end;
        expect(status.inWindow).toBe(inside);
        if (inside) return;
        expect(status.nextStart!).toBeGreaterThan(now);
        expect(status.nextStart! - now).toBeLessThanOrEqual(25 * 3_600_000);
        // An end hour of 24 means midnight; a start of 24 is midnight of the next day.
        if (start < 24) expect(earlyMorning(status.nextStart!, { earlyMorningStartHour: start, earlyMorningEndHour: end }).inWindow).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('findListedWords on any title', () => {
  it('never throws; every hit is in the title; hits never overlap (longer words win)', () => {
    const word = fc.string({ unit: fc.constantFrom('最', '佳', '第', '一', 'n', 'o', '.', '1', 'Ｎ'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(anyText, fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 4 }), (title, words, seller) => {
        const hits = findListedWords(title, [{ id: 'test', kind: 'banned', words }], seller);
        const text = normalizeForMatch(title);
        let covered = 0;
        for (const hit of hits) {
          expect(hit.count).toBeGreaterThan(0);
          expect(text.includes(normalizeForMatch(hit.word))).toBe(true);
          covered += hit.count * normalizeForMatch(hit.word).length;
        }
        expect(covered).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});
