import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConsoleNumber, type NumberKind } from '@/lib/extract/number';

/**
 * Property tests of the console number parser (lib/extract/number.ts, helper A's): whatever a
 * page prints, the result is a real number or `undefined` — never NaN, never ±Infinity, never
 * -0, and never 0 for text that shows no number. Numbers printed the way consoles print them
 * read back exactly.
 */

const KINDS: NumberKind[] = ['count', 'money', 'ratio', 'score'];
const kind = fc.constantFrom(...KINDS);
const consoleish = fc.string({
  unit: fc.constantFrom(...'0123456789.,%‰¥$-+ 万亿千kKwWmb约较前一日环比↑↓（）()—暂无数据NaN∞e'.split(''), '１', '２', '．', '，', '％', '￥', '\u3000', '\u2212'),
  maxLength: 24,
});
const DIGITS = /[0-9\uFF10-\uFF19]/;
const fullWidth = (s: string) =>
  s.replace(/[0-9.,%¥-]/g, (c) => ({ '.': '．', ',': '，', '%': '％', '¥': '￥', '-': '－' })[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('parseConsoleNumber on anything a page can print', () => {
  it('returns a finite number or undefined — never NaN, ±Infinity or -0 — and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(consoleish, fc.string({ unit: 'binary', maxLength: 300 })), kind, (text, k) => {
        const value = parseConsoleNumber(text, k);
        if (value === undefined) return;
        expect(Number.isFinite(value)).toBe(true);
        expect(Object.is(value, -0)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('text without a digit is never a number (in particular never 0)', () => {
    fc.assert(
      fc.property(fc.oneof(consoleish, fc.string({ maxLength: 40 })), kind, (text, k) => {
        fc.pre(!DIGITS.test(text.normalize('NFKC')));
        expect(parseConsoleNumber(text, k)).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('placeholders are missing for every kind', () => {
    for (const text of ['-', '--', '—', '——', '暂无数据', 'N/A', 'NaN', '', '  ', null, undefined]) {
      for (const k of KINDS) expect(parseConsoleNumber(text, k), `${String(text)} as ${k}`).toBeUndefined();
    }
  });
});

describe('numbers printed as consoles print them read back exactly', () => {
  const count = fc.integer({ min: 0, max: 10_000_000_000 });
  const cents = fc.integer({ min: 0, max: 100_000_000_000 });

  it('counts with thousands separators, with or without a unit word or a comparison after them', () => {
    fc.assert(
      fc.property(count, fc.constantFrom('', '人', '件', ' 较前一日 +12.3%', ' ↑3.2%', '（昨日）'), (n, tail) => {
        expect(parseConsoleNumber(`${n.toLocaleString('en-US')}${tail}`, 'count')).toBe(n);
        expect(parseConsoleNumber(String(n), 'count')).toBe(n);
      }),
    );
  });

  it('money in yuan (¥, separators, 2 decimals), also in full-width characters', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const text = `¥${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        const expected = Number((c / 100).toFixed(2));
        expect(parseConsoleNumber(text, 'money')).toBe(expected);
        expect(parseConsoleNumber(fullWidth(text), 'money')).toBe(expected);
      }),
    );
  });

  it('percentages become ratios (3.20% → 0.032), computed without float drift', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (hundredths) => {
        const shown = (hundredths / 100).toFixed(2);
        expect(parseConsoleNumber(`${shown}%`, 'ratio')).toBe(Number(`${shown}e-2`));
        // A ratio must say it is a percentage: the bare number is not read as one.
        expect(parseConsoleNumber(shown, 'ratio')).toBeUndefined();
        // …and a count never carries a percent sign.
        expect(parseConsoleNumber(`${shown}%`, 'count')).toBeUndefined();
      }),
    );
  });

  it('万 and 亿 scale exactly (1.23万 = 12300)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(['万', 4], ['亿', 8]) as fc.Arbitrary<[string, number]>, (hundredths, [unit, exp]) => {
        const shown = (hundredths / 100).toFixed(2);
        expect(parseConsoleNumber(`${shown}${unit}`, 'count')).toBe(Number(`${shown}e${exp}`));
      }),
    );
  });

  it('surrounding whitespace (ASCII, full-width, no-break) does not change the value', () => {
    fc.assert(
      fc.property(consoleish, kind, fc.constantFrom(' ', '\u3000', '\u00a0', '\t\n'), (text, k, pad) => {
        expect(parseConsoleNumber(`${pad}${text}${pad}`, k)).toBe(parseConsoleNumber(text, k));
      }),
      { numRuns: 2000 },
    );
  });

  it('a minus sign negates a value (changes can be negative), and -0 is 0', () => {
    fc.assert(
      fc.property(count, (n) => {
        const value = parseConsoleNumber(`-${n.toLocaleString('en-US')}`, 'count');
        expect(value).toBe(n === 0 ? 0 : -n);
      }),
    );
  });
});
