import { describe, expect, it } from 'vitest';
import { findListedWords, forbiddenCharacters } from '@/lib/title/banned';
import { checkKeywords, repeatedWords } from '@/lib/title/keywords';
import { titleRule, wordListsFor } from '@/lib/title/rules';

describe('banned and risky words', () => {
  const taobao = wordListsFor('taobao');

  it('finds Advertising Law absolute terms, longest first', () => {
    const hits = findListedWords('全网最佳 顶级纯棉T恤 最', taobao);
    expect(hits.map((h) => h.word).sort()).toEqual(['最', '最佳', '顶级'].sort());
    expect(hits.find((h) => h.word === '最佳')).toMatchObject({ kind: 'banned', listId: 'ad-law-statutory' });
    // "最佳" is not also reported as "最"; the lone 最 is.
    expect(hits.find((h) => h.word === '最')!.count).toBe(1);
  });

  it('matches full-width and case variants', () => {
    expect(findListedWords('销量ＮＯ．１手机壳', taobao).map((h) => h.word)).toContain('NO.1');
    expect(findListedWords('Phone Case FREE SHIPPING', wordListsFor('amazon')).map((h) => h.word)).toEqual(['free shipping']);
  });

  it('adds the seller’s own words as banned, and reports filler separately', () => {
    const hits = findListedWords('爆款纯棉T恤 某品牌', taobao, ['某品牌']);
    expect(hits).toContainEqual({ word: '某品牌', kind: 'banned', listId: 'seller', count: 1 });
    expect(hits).toContainEqual(expect.objectContaining({ word: '爆款', kind: 'filler' }));
  });

  it('Chinese lists do not apply on Amazon, Amazon’s do not apply on Taobao', () => {
    expect(findListedWords('最佳', wordListsFor('amazon'))).toEqual([]);
    expect(findListedWords('best seller', taobao)).toEqual([]);
  });

  it('finds characters the platform forbids', () => {
    expect(forbiddenCharacters('<新款>手机壳👍', titleRule('taobao')!)).toEqual(['<', '>', '👍']);
    expect(forbiddenCharacters('Phone Case! Only $9?', titleRule('amazon')!)).toEqual(['!', '$', '?']);
    expect(forbiddenCharacters('iPhone 15 手机壳 2件', titleRule('taobao')!)).toEqual([]);
  });
});

describe('keywords, repeats', () => {
  it('checks the shop’s selling-point keywords (seed 000 §六: 留香, 美白)', () => {
    expect(checkKeywords('沐浴露女持久留香家庭装', ['留香', '美白'])).toEqual({ present: ['留香'], missing: ['美白'] });
    expect(checkKeywords('Body Wash Long Lasting', ['long lasting'])).toEqual({ present: ['long lasting'], missing: [] });
    expect(checkKeywords('任何标题', [])).toEqual({ present: [], missing: [] });
  });

  it('finds repeated Chinese words without a dictionary', () => {
    expect(repeatedWords('纯棉T恤女夏季宽松纯棉短袖', titleRule('taobao')!)).toEqual([{ word: '纯棉', count: 2 }]);
    expect(repeatedWords('连衣裙女夏季新款', titleRule('taobao')!)).toEqual([]);
    // The longest repeat is reported, not every piece of it.
    expect(repeatedWords('夏季连衣裙 夏季连衣裙', titleRule('taobao')!)).toEqual([{ word: '夏季连衣裙', count: 2 }]);
  });

  it('Amazon: a word may appear twice; prepositions, articles and conjunctions are free', () => {
    const amazon = titleRule('amazon')!;
    expect(repeatedWords('Case for iPhone, Case for Pixel', amazon)).toEqual([]);
    expect(repeatedWords('Case Case Case for the phone and the tablet and the watch', amazon)).toEqual([{ word: 'case', count: 3 }]);
  });
});
