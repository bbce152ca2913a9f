import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/model/consoles';
import { platformById } from '@/lib/platforms/registry';
import type { ItemEditPage } from '@/lib/title/edit-page';
import { titleRule } from '@/lib/title/rules';

/**
 * Every platform's item edit support, run on the committed edit-page fixtures (happy-dom, with
 * the fixtures' own scripts on so Amazon's web components render their shadow roots).
 */

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/console');
const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

async function open(platform: PlatformId, url: string) {
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  window.document.write(readFileSync(path.join(FIXTURES, platform, 'item-edit.html'), 'utf8'));
  await window.happyDOM.waitUntilComplete();
  return window.document as unknown as Document;
}

const CASES: {
  platform: PlatformId;
  url: string;
  title: string;
  itemId: string;
  price: number;
  save: string;
  notSave: string;
}[] = [
  {
    platform: 'taobao',
    url: 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=728461930215',
    title: '沐浴露女持久留香家庭装 氨基酸沐浴乳',
    itemId: '728461930215',
    price: 59.9,
    save: '#submit',
    notSave: '.sell-bottom-bar .next-btn:not(.next-btn-primary)',
  },
  {
    platform: 'pinduoduo',
    url: 'https://mms.pinduoduo.com/goods/goods_add/index?id=398127645&type=edit',
    title: '加厚珊瑚绒毛毯 冬季午睡盖毯 沙发毯子',
    itemId: '398127645',
    price: 39.9,
    save: '#submit',
    notSave: '.goods-footer .pdd-btn:not(.pdd-btn-primary)',
  },
  {
    platform: 'jd',
    url: 'https://shop.jd.com/jdm/ware/edit?wareId=100038475621',
    title: '不锈钢保温杯男女士大容量 316泡茶杯 500ml',
    itemId: '100038475621',
    price: 89,
    save: '#submit',
    notSave: '.ware-actions .jd-btn:not(.jd-btn-primary)',
  },
  {
    platform: 'douyin',
    url: 'https://fxg.jinritemai.com/ffa/g/create?product_id=3601928374652',
    title: '网红同款辣条大礼包 麻辣零食小吃整箱',
    itemId: '3601928374652',
    price: 29.9,
    save: '#publish',
    notSave: '.product-footer .ecom-btn:not(.ecom-btn-primary)',
  },
  {
    platform: 'amazon',
    url: 'https://sellercentral.amazon.com/abis/listing/edit?asin=B0CJ4Q7R2M&sku=WB-32-BLK',
    title: 'Stainless Steel Insulated Water Bottle 32 oz, Leak Proof Lid, Keeps Drinks Cold 24 Hours',
    itemId: 'B0CJ4Q7R2M',
    price: 24.99,
    save: '#save',
    notSave: 'kat-button:not(#save)',
  },
];

describe.each(CASES)('$platform item edit page', (c) => {
  const support = () => platformById(c.platform).itemEdit as ItemEditPage;

  it('is registered with a title rule', () => {
    expect(support()).toBeDefined();
    expect(titleRule(support().titleRuleId)).toBeDefined();
  });

  it('finds the title field with the current title', async () => {
    const doc = await open(c.platform, c.url);
    const field = support().titleField(doc);
    expect(field?.value).toBe(c.title);
    // The guard's anchor is in the page (for Amazon: the kat-input host, outside the shadow root).
    const anchor = support().guardAnchor?.(field!) ?? field!;
    expect(anchor.isConnected).toBe(true);
    expect(anchor.getRootNode()).toBe(doc);
  });

  it('reads the item id, price and main image', async () => {
    const doc = await open(c.platform, c.url);
    expect(support().itemId(new URL(c.url), doc)).toBe(c.itemId);
    expect(support().price?.(doc)).toBe(c.price);
    expect(support().mainImage?.(doc)).toMatch(/^data:image\/svg\+xml,/);
  });

  it('knows the save/publish control, and a draft button is not one', async () => {
    const doc = await open(c.platform, c.url);
    expect(support().isSaveControl(doc.querySelector(c.save)!)).toBe(true);
    expect(support().isSaveControl(doc.querySelector(c.notSave)!)).toBe(false);
    expect(support().isSaveControl(doc.body)).toBe(false);
  });

  it('finds nothing on a page without the form', async () => {
    const window = new Window({ url: c.url });
    windows.push(window);
    window.document.body.innerHTML = '<p>加载中…</p><input type="text" value="搜索">';
    expect(support().titleField(window.document as unknown as Document)).toBeNull();
  });
});

describe('Taobao fallbacks (dated in item-edit.ts)', () => {
  it('finds the title by its placeholder, then by its row label, when #sell-field-title is renamed', async () => {
    const support = platformById('taobao').itemEdit!;
    const window = new Window({ url: 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=1' });
    windows.push(window);
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<div id="x"><input placeholder="最多允许输入30个汉字（60字符）" value="A"></div>';
    expect(support.titleField(doc)?.value).toBe('A');
    doc.body.innerHTML =
      '<div class="row"><div><span class="sell-component-info-wrapper-label">宝贝标题</span></div><div><span><input value="B"></span></div></div>';
    expect(support.titleField(doc)?.value).toBe('B');
    // The item id from the form when the URL has none.
    doc.body.innerHTML = '<input type="hidden" name="itemId" value="42">';
    expect(support.itemId(new URL('https://item.upload.taobao.com/sell/v2/publish.htm'), doc)).toBe('42');
  });
});
