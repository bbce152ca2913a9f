// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRating, readShopRating, toFivePoint, type RatingLabels } from '@/lib/extract/rating';
import { CN_DSR_DIMENSIONS } from '@/lib/extract/synonyms';

/** The shop rating reader (DSR / 店铺评分): one score out of 5, missing whenever it is not certain. */

const DSR: RatingLabels = { overall: ['店铺综合体验分', 'DSR'], dimensions: CN_DSR_DIMENSIONS };
const TEN: RatingLabels = { overall: ['店铺评分'], dimensions: [['商品评价'], ['物流履约'], ['售后服务']], scale: 10 };

const doc = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
const card = (label: string, value: string, extra = '') => `<div><div>${label}</div><div>${value}</div>${extra}</div>`;
const dsrCard = (a: string, b: string, c: string) =>
  `<section><h3>店铺动态评分</h3><div class="g">${card('描述相符', a)}${card('服务态度', b)}${card('物流服务', c)}</div></section>`;

describe('readShopRating', () => {
  it('stores the lowest DSR dimension: the floor is broken when any one is under it', () => {
    expect(readShopRating(doc(dsrCard('4.86', '4.84', '4.79')), DSR)).toBe(4.79);
    expect(readShopRating(doc(dsrCard('4.9', '4.9', '4.9')), DSR)).toBe(4.9);
  });

  it('prefers an overall score the console prints; a heading with no number of its own falls back to the dimensions', () => {
    expect(readShopRating(doc(`${card('店铺综合体验分', '4.6分')}${dsrCard('4.86', '4.84', '4.79')}`), DSR)).toBe(4.6);
    const heading = `<section><h3>DSR <small>近180天</small></h3><div class="g">${card('描述相符', '4.86')}${card('服务态度', '4.84')}${card('物流服务', '4.81')}</div></section>`;
    expect(readShopRating(doc(heading), DSR)).toBe(4.81);
  });

  it('reads the dimensions by their long names, with comparisons and values printed above the label', () => {
    const html = `<div class="g">
      ${card('宝贝与描述相符', '4.86', '<div>比同行平均 高 12.53%</div>')}
      ${card('卖家的服务态度', '4.84', '<div>高于同行 10.02%</div>')}
      <div><div>4.79</div><div>物流服务的质量</div><div>低于同行平均 1.35%</div></div>
    </div>`;
    expect(readShopRating(doc(html), DSR)).toBe(4.79);
  });

  it.each([
    ['a placeholder', '-'],
    ['暂无数据', '暂无数据'],
    ['a garbled number', '4.8.1'],
    ['a decimal comma', '4,79'],
    ['above the scale', '48'],
    ['0 (no ratings yet)', '0.00'],
    ['a comparison only', '高于同行 3.2%'],
  ])('a dimension shown as %s makes the DSR missing, never 0 or a neighbour', (_, value) => {
    expect(readShopRating(doc(dsrCard('4.86', value, '4.81')), DSR)).toBeUndefined();
  });

  it('an unreadable overall score is no score: the dimensions decide', () => {
    expect(readShopRating(doc(`${card('店铺综合体验分', '--')}${dsrCard('4.86', '4.84', '4.82')}`), DSR)).toBe(4.82);
    expect(readShopRating(doc(card('店铺综合体验分', '--')), DSR)).toBeUndefined();
  });

  it('scores out of 10 are stored out of 5', () => {
    const html = `<section><h3>店铺评分 <small>满分10分</small></h3><dl>
      <div><dt>商品评价</dt><dd>9.72 高</dd></div><div><dt>物流履约</dt><dd>9.65 中</dd></div><div><dt>售后服务</dt><dd>9.80 高</dd></div>
    </dl></section>`;
    expect(readShopRating(doc(html), TEN)).toBe(4.825);
    expect(readShopRating(doc(card('店铺评分', '9.6')), TEN)).toBe(4.8);
    expect(readShopRating(doc(card('店铺评分', '12')), TEN)).toBeUndefined();
  });

  it('reads the dimensions in the panel holding them all, not a tab with the same word and a count', () => {
    const html = `<nav><a>商品评价<em>1,286</em></a><a>追评<em>8</em></a></nav>
      <section><dl><div><dt>商品评价</dt><dd>9.72</dd></div><div><dt>物流履约</dt><dd>9.65</dd></div><div><dt>售后服务</dt><dd>9.80</dd></div></dl></section>`;
    expect(readShopRating(doc(html), TEN)).toBe(4.825);
  });

  it('a page without a rating gives none', () => {
    expect(readShopRating(doc('<p>访客数 1,208</p><p>评价 3</p>'), DSR)).toBeUndefined();
    expect(readShopRating(doc(card('描述相符', '4.8')), {})).toBeUndefined();
  });

  it('a metric the page draws unreadably (obfuscating font) is missing', () => {
    const unreadable = () => new Set(['d1']);
    expect(readShopRating(doc(dsrCard('4.86', '4.84', '4.81')), DSR, { unreadable })).toBeUndefined();
  });

  it('is the minimum of any dimensions shown (property)', () => {
    const score = fc.integer({ min: 100, max: 500 }).map((n) => n / 100);
    fc.assert(
      fc.property(score, score, score, (a, b, c) => {
        expect(readShopRating(doc(dsrCard(a.toFixed(2), b.toFixed(2), c.toFixed(2))), DSR)).toBe(Math.min(a, b, c));
      }),
      { numRuns: 60 },
    );
  });
});

describe('toFivePoint / parseRating', () => {
  it.each([
    [4.8, 5, 4.8],
    [5, 5, 5],
    [1, 5, 1],
    [9.65, 10, 4.825],
    [10, 10, 5],
  ] as const)('%d out of %d → %d out of 5', (value, scale, expected) => {
    expect(toFivePoint(value, scale)).toBe(expected);
  });

  it.each([[undefined, 5], [5.01, 5], [0, 5], [0.5, 5], [10.5, 10], [1.8, 10], [Number.NaN, 5]] as const)('%s out of %d → missing', (value, scale) => {
    expect(toFivePoint(value, scale)).toBeUndefined();
  });

  it('parses what rating cells print', () => {
    expect(parseRating('4.6 out of 5')).toBe(4.6);
    expect(parseRating('4.6分')).toBe(4.6);
    expect(parseRating('—')).toBeUndefined();
    expect(parseRating('4.6/5')).toBeUndefined();
    expect(parseRating('92', 5)).toBeUndefined();
    expect(parseRating(undefined)).toBeUndefined();
  });
});
