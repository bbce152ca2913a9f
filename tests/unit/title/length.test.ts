import { describe, expect, it } from 'vitest';
import { titleLength } from '@/lib/title/length';
import { titleRule } from '@/lib/title/rules';

const rule = (id: string) => titleRule(id)!;

describe('title length in each platform’s own unit', () => {
  it('Taobao counts bytes: a Chinese character is 2, ASCII 1, limit 60', () => {
    expect(titleLength('纯棉T恤', rule('taobao'))).toEqual({ value: 7, limit: 60, unit: 'bytes', over: false });
    expect(titleLength('汉'.repeat(30), rule('taobao')).over).toBe(false);
    expect(titleLength('汉'.repeat(30) + 'a', rule('taobao'))).toMatchObject({ value: 61, over: true });
    expect(titleLength('ａ', rule('taobao')).value).toBe(2); // full-width letters are not ASCII
  });

  it('Douyin and Pinduoduo count like Taobao (30 汉字 = 60)', () => {
    expect(titleLength('抖音小店同款', rule('douyin')).value).toBe(12);
    expect(titleLength('拼多多 good', rule('pinduoduo')).value).toBe(11);
  });

  it('Amazon and JD count characters; an emoji is one', () => {
    expect(titleLength('Phone Case 👍🏽', rule('amazon'))).toEqual({ value: 12, limit: 200, unit: 'chars', over: false });
    expect(titleLength('a'.repeat(201), rule('amazon')).over).toBe(true);
    expect(titleLength('京东手机壳', rule('jd')).value).toBe(5);
  });

  it('does not count surrounding spaces', () => {
    expect(titleLength('  纯棉 ', rule('taobao')).value).toBe(4);
  });
});
