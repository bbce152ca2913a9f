import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, isComparisonText, isNoValueText, parseConsoleNumber } from '@/lib/extract/number';

describe('parseConsoleNumber', () => {
  it.each([
    ['12,345', 'count', 12345],
    ['1,234,567', 'count', 1234567],
    ['0', 'count', 0],
    ['0.00', 'money', 0],
    ['0.00%', 'ratio', 0],
    ['-0', 'count', 0],
    ['1.23万', 'count', 12300],
    ['1.2万', 'count', 12000],
    ['3.2亿', 'money', 320000000],
    ['1.05万亿', 'money', 1050000000000],
    ['12.5w', 'count', 125000],
    ['3.4k', 'count', 3400],
    ['$1.2M', 'money', 1200000],
    ['¥1,234.56', 'money', 1234.56],
    ['￥1,234.56', 'money', 1234.56],
    ['$1,234.56', 'money', 1234.56],
    ['US$ 99.90', 'money', 99.9],
    ['1,234.56元', 'money', 1234.56],
    ['3.2亿元', 'money', 320000000],
    ['¥ 12,345.60', 'money', 12345.6],
    ['3.45%', 'ratio', 0.0345],
    ['3.20%', 'ratio', 0.032],
    ['45.1 %', 'ratio', 0.451],
    ['5‰', 'ratio', 0.005],
    ['１２，３４５．６', 'money', 12345.6],
    ['１２，３４５', 'count', 12345],
    ['３．４５％', 'ratio', 0.0345],
    ['￥１，２３４', 'money', 1234],
    ['－１２', 'count', -12],
    ['-1,234', 'count', -1234],
    ['−3.10%', 'ratio', -0.031],
    ['-¥12.00', 'money', -12],
    ['¥-12.00', 'money', -12],
    ['+12.3%', 'ratio', 0.123],
    ['1,234 ↑', 'count', 1234],
    ['1,234↓', 'count', 1234],
    ['12.3%▲', 'ratio', 0.123],
    ['↑12.3%', 'ratio', 0.123],
    ['↓3%', 'ratio', -0.03],
    ['▼ 3%', 'ratio', -0.03],
    ['1.2万 较前一日 +12.3%', 'count', 12000],
    ['1.2万较前一日+12.3%', 'count', 12000],
    ['¥12,345.60 较上周 -3%', 'money', 12345.6],
    ['384 环比 +8.00%', 'count', 384],
    ['3.20% 较前一日 +0.12%', 'ratio', 0.032],
    ['384人', 'count', 384],
    ['384 人', 'count', 384],
    ['4.8分', 'score', 4.8],
    ['4.85', 'score', 4.85],
    ['2.5', 'score', 2.5],
    ['12,345 (含退款)', 'money', 12345],
    ['  36,812  ', 'count', 36812],
    ['约1.2万', 'count', 12000],
    ['.5%', 'ratio', 0.005],
    // A word after a space ends the number; a comparison with peers next to a score is no value.
    ['4.7 out of 5', 'score', 4.7],
    ['4.86 高于同行 12.53%', 'score', 4.86],
    ['1,234 units', 'count', 1234],
  ] as const)('%s (%s) → %d', (text, kind, expected) => {
    expect(parseConsoleNumber(text, kind)).toBe(expected);
  });

  it.each([
    ['-', 'count'],
    ['--', 'count'],
    ['—', 'money'],
    ['——', 'money'],
    ['－', 'count'],
    ['暂无数据', 'count'],
    ['暂无', 'ratio'],
    ['N/A', 'money'],
    ['n/a', 'count'],
    ['', 'count'],
    ['   ', 'count'],
    ['NaN', 'count'],
    ['NaN%', 'ratio'],
    ['∞', 'count'],
    ['¥1e309', 'money'],
    ['1e5', 'count'],
    ['Infinity', 'count'],
    ['***', 'count'],
    ['abc', 'count'],
    ['2026-11-22', 'count'],
    ['14:02', 'count'],
    ['0 ~ 20', 'count'],
    ['0% ~ 1%', 'ratio'],
    ['100-200', 'count'],
    ['12 345', 'count'],
    ['12,34', 'count'],
    ['1234,567', 'count'],
    ['12.3.4', 'count'],
    ['共 12 件', 'count'],
    ['访客数 1.2万', 'count'],
    ['+-12', 'count'],
    ['4,7', 'score'],
    ['4.7/5', 'score'],
  ] as const)('%j (%s) → undefined', (text, kind) => {
    expect(parseConsoleNumber(text, kind)).toBeUndefined();
  });

  it('keeps each kind in its lane', () => {
    expect(parseConsoleNumber('3.2%', 'count')).toBeUndefined();
    expect(parseConsoleNumber('3.2%', 'money')).toBeUndefined();
    expect(parseConsoleNumber('3.2%', 'score')).toBeUndefined();
    expect(parseConsoleNumber('0.032', 'ratio')).toBeUndefined(); // 0.032 % or 3.2 %? unknown
    expect(parseConsoleNumber('¥12', 'count')).toBeUndefined();
    expect(parseConsoleNumber('¥12', 'money')).toBe(12);
  });

  it('accepts null and undefined', () => {
    expect(parseConsoleNumber(null, 'count')).toBeUndefined();
    expect(parseConsoleNumber(undefined, 'count')).toBeUndefined();
  });

  it('never returns NaN, Infinity or -0 for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom('count', 'money', 'ratio', 'score'), (text, kind) => {
        const v = parseConsoleNumber(text, kind);
        if (v !== undefined) {
          expect(Number.isFinite(v)).toBe(true);
          expect(Object.is(v, -0)).toBe(false);
        }
      }),
    );
  });

  it('round-trips formatted integers and two-decimal money', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseConsoleNumber(n.toLocaleString('en-US'), 'count')).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => {
        const text = `¥${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        expect(parseConsoleNumber(text, 'money')).toBe(Number((cents / 100).toFixed(2)));
      }),
    );
  });
});

describe('comparison and placeholder texts', () => {
  it.each(['较前一日 +12.3%', '较上周 -3%', '环比', '同比 +1%', '↑12.3%', '▼3%', '+8.00%', 'vs 昨日'])('%s is a comparison', (t) => {
    expect(isComparisonText(t)).toBe(true);
  });
  it.each(['1.2万', '-3%', '¥12', '访客数'])('%s is not a comparison', (t) => {
    expect(isComparisonText(t)).toBe(false);
  });
  it.each(['-', '--', '—', '暂无数据', 'N/A', ' － '])('%j is a placeholder', (t) => {
    expect(isNoValueText(t)).toBe(true);
  });
});

describe('foldText', () => {
  // The full folding, as foldText does it for any text outside its plain fast path.
  const slowFold = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[\u2212\u2010\u2011\uFE63]/g, '-')
      .replace(/[\u00A0\u2000-\u200B\u3000\uFEFF]/g, ' ')
      .trim();

  it('gives the same text as the full folding, on plain and on odd texts', () => {
    const plain = fc.string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x4e00, max: 0x9fff })).map((c) => String.fromCharCode(c)) });
    const odd = fc.string({ unit: fc.constantFrom('１', '２', '．', '％', '￥', '－', '\u2212', '\u3000', '\u00A0', 'a', '访', ' ', '\t', 'Ⅳ', '㎡') });
    fc.assert(fc.property(fc.oneof(plain, odd), (text) => foldText(text) === slowFold(text)));
  });

  it('folds full-width digits and signs', () => {
    expect(foldText(' １２，３４５．６％ ')).toBe('12,345.6%');
    expect(foldText('\u2212３')).toBe('-3');
  });
});
