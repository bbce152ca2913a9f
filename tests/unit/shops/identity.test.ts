import { describe, expect, it } from 'vitest';
import { matchShop, shopOfNick, type KnownShop } from '@/lib/shops/identity';

describe('shopOfNick', () => {
  it('main account, sub-account (ASCII and full-width colon), empty', () => {
    expect(shopOfNick('小鹿家居旗舰店')).toEqual({ shop: '小鹿家居旗舰店' });
    expect(shopOfNick(' 小鹿家居旗舰店:运营小王 ')).toEqual({ shop: '小鹿家居旗舰店', subAccount: '运营小王' });
    expect(shopOfNick('小鹿家居旗舰店：客服')).toEqual({ shop: '小鹿家居旗舰店', subAccount: '客服' });
    expect(shopOfNick('  ')).toEqual({});
  });
});

describe('matchShop', () => {
  const legacy: KnownShop = { key: 'taobao:default', platform: 'taobao', shopId: 'default' };
  const deer: KnownShop = { key: 'taobao:default', platform: 'taobao', shopId: 'default', consoleId: '573', name: '小鹿', identifiedAt: 10 };
  const tea: KnownShop = { key: 'taobao:618', platform: 'taobao', shopId: '618', consoleId: '618', name: '青禾', identifiedAt: 20 };

  it('the first shop identified claims the history from before shops were recognised', () => {
    expect(matchShop([legacy], 'taobao', { id: '573', name: '小鹿' })).toEqual({ kind: 'claim', key: 'taobao:default' });
  });

  it('a second shop is a new one; a known one matches by id, or by name when the page shows no id', () => {
    expect(matchShop([deer], 'taobao', { id: '618', name: '青禾' })).toEqual({ kind: 'new', key: 'taobao:618', shopId: '618' });
    expect(matchShop([deer, tea], 'taobao', { id: '618' })).toEqual({ kind: 'known', key: 'taobao:618' });
    expect(matchShop([deer, tea], 'taobao', { name: '小鹿' })).toEqual({ kind: 'known', key: 'taobao:default' });
    expect(matchShop([deer], 'taobao', { name: '青禾' })).toEqual({ kind: 'new', key: 'taobao:name:青禾', shopId: 'name:青禾' });
  });

  it('a shop first seen by name only gets its id when a page shows it', () => {
    const byName: KnownShop = { key: 'taobao:name:青禾', platform: 'taobao', shopId: 'name:青禾', name: '青禾', identifiedAt: 5 };
    expect(matchShop([byName], 'taobao', { id: '618', name: '青禾' })).toEqual({ kind: 'known', key: 'taobao:name:青禾' });
  });

  it('no identity: the shop last identified on this platform (assumed), else the unnamed shop', () => {
    expect(matchShop([deer, tea], 'taobao', undefined)).toEqual({ kind: 'assumed', key: 'taobao:618' });
    expect(matchShop([deer, tea], 'pinduoduo', {})).toEqual({ kind: 'assumed', key: 'pinduoduo:default' });
    expect(matchShop([legacy], 'taobao', undefined)).toEqual({ kind: 'assumed', key: 'taobao:default' });
  });

  it('shops of another platform never match', () => {
    expect(matchShop([tea], 'pinduoduo', { id: '618', name: '青禾' })).toEqual({ kind: 'new', key: 'pinduoduo:618', shopId: '618' });
  });
});
