import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/model/consoles';
import { platformById } from '@/lib/platforms/registry';
import { documentOf, fixtureHtml } from '../platforms/extract-helpers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE } from '../platforms/extract-helpers';

/** Each console's shop identity, read from the demo console's headers (lib/platforms/<id>/shop.ts). */
const read = (platform: PlatformId, html: string, url: string) => platformById(platform).readShop!(documentOf(html, url));
const page = (platform: PlatformId, file: string, url: string) => read(platform, fixtureHtml(platform, file), url);

describe('shop identity on each console', () => {
  it('生意参谋 header: name and shop id', () => {
    expect(page('taobao', 'sycm-home.html', 'https://sycm.taobao.com/portal/home.htm')).toEqual({ id: '57300001', name: '小鹿家居旗舰店' });
    expect(page('taobao', 'sycm-home-shop2.html', 'https://sycm.taobao.com/portal/home.htm')).toEqual({ id: '61800002', name: '青禾茶叶专营店' });
    expect(page('taobao', 'sycm-item-rank.html', 'https://sycm.taobao.com/cc/item_rank')).toEqual({ id: '57300001', name: '小鹿家居旗舰店' });
  });

  it('千牛 sub-account nick 店铺名:子账号 names the shop before the colon', () => {
    expect(page('taobao', 'checklist-qianniu-home.html', 'https://myseller.taobao.com/home.htm')).toEqual({ name: '小鹿家居旗舰店' });
    expect(read('taobao', '<div class="qn-top"><span class="user-nick">青禾茶叶专营店：客服小林</span></div>', 'https://myseller.taobao.com/')).toEqual({ name: '青禾茶叶专营店' });
    expect(page('taobao', 'qianniu-items.html', 'https://myseller.taobao.com/home.htm/SellManage/on_sale')).toEqual({ name: '小鹿家居旗舰店' });
  });

  it('拼多多 mall name and 店铺ID', () => {
    for (const file of ['home.html', 'goods-list.html', 'evaluation.html', 'sycm-operation.html', 'sycm-goods-effect.html']) {
      expect(page('pinduoduo', file, 'https://mms.pinduoduo.com/home'), file).toEqual({ id: '880001', name: '小鹿家居拼多多店' });
    }
  });

  it('京东 shop name and vender id', () => {
    for (const file of ['sz-home.html', 'ware-list.html', 'comment-list.html']) {
      expect(page('jd', file, 'https://sz.jd.com/'), file).toEqual({ id: '10086001', name: '小鹿家居京东店' });
    }
  });

  it('抖店 shop name and 店铺ID', () => {
    for (const file of ['compass-home.html', 'goods-list.html', 'compass-product-list.html']) {
      expect(page('douyin', file, 'https://compass.jinritemai.com/'), file).toEqual({ id: '7100001', name: '小鹿家居抖音小店' });
    }
  });

  it('Amazon merchant and marketplace: one shop per marketplace', () => {
    expect(page('amazon', 'business-reports-by-date.html', 'https://sellercentral.amazon.com/business-reports')).toEqual({
      id: 'A2SHOPMATE0001@ATVPDKIKX0DER',
      name: 'Acme Home · United States',
    });
    const de = '<div id="partner-switcher" data-merchant_selection="A2SHOPMATE0001" data-marketplace_selection="A1PA6795UKMFR9"><span class="partner-label">Acme Home</span> | <span class="marketplace-label">Germany</span></div>';
    expect(read('amazon', de, 'https://sellercentral-europe.amazon.com/')).toEqual({ id: 'A2SHOPMATE0001@A1PA6795UKMFR9', name: 'Acme Home · Germany' });
  });

  it('a page without a header names no shop', () => {
    expect(page('taobao', 'checklist-healthcenter.html', 'https://healthcenter.taobao.com/')).toBeUndefined();
    expect(read('pinduoduo', '<header>拼多多商家后台</header>', 'https://mms.pinduoduo.com/home')).toBeUndefined();
  });

  it('two different shops on one page (a forged header) is not a guess', () => {
    const hostile = readFileSync(path.join(CONSOLE, 'hostile', 'sycm-home-hostile.html'), 'utf8');
    expect(read('taobao', hostile, 'https://sycm.taobao.com/portal/home.htm')).toBeUndefined();
    // The same shop printed twice (header and nick) is one shop.
    expect(read('taobao', '<span class="shop-name" data-shop-id="1">甲店</span><span class="shop-name" data-shop-id="1">甲店</span>', 'https://sycm.taobao.com/')).toEqual({ id: '1', name: '甲店' });
  });
});
