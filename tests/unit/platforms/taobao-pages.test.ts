import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '@/lib/model/consoles';
import { detect } from '@/lib/platforms/registry';
import { IGNORED_EXAMPLES, PAGE_DETECTORS, PAGE_EXAMPLES, detectPage } from '@/lib/platforms/taobao/pages';

/**
 * The cross-negative matrix (github-url-detection style): every listed Taobao/Tmall console URL
 * is positive for its own detector and negative for all the others.
 */
const listed = Object.entries(PAGE_EXAMPLES).flatMap(([kind, urls]) => urls.map((url) => [kind, url] as const));

describe('Taobao page detection', () => {
  it('has examples for every detector, and a detector for every example kind', () => {
    expect(Object.keys(PAGE_EXAMPLES).sort()).toEqual(Object.keys(PAGE_DETECTORS).sort());
    for (const kind of Object.keys(PAGE_DETECTORS)) expect(PAGE_KINDS).toContain(kind);
  });

  it.each(listed)('%s ← %s (and no other kind)', (kind, href) => {
    const url = new URL(href);
    for (const [other, is] of Object.entries(PAGE_DETECTORS)) {
      expect({ other, hit: is!(url) }).toEqual({ other, hit: other === kind });
    }
    expect(detectPage(url)).toBe(kind);
    // The manifest matches this URL too, so the content script runs there.
    expect(detect(url)?.platform.id).toBe('taobao');
    expect(detect(url)?.pageKind).toBe(kind);
  });

  it.each(IGNORED_EXAMPLES)('%s is a console page of no interest', (href) => {
    expect(detectPage(new URL(href))).toBeUndefined();
    expect(detect(new URL(href))?.platform.id).toBe('taobao');
  });

  it.each([
    'https://www.taobao.com/',
    'https://item.taobao.com/item.htm?id=728461930215',
    'https://detail.tmall.com/item.htm?id=728461930215',
    'https://s.taobao.com/search?q=马克杯',
    'https://trade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
    'https://rate.taobao.com/myRate.htm',
    'https://one.alimama.com/index.html',
    'http://sycm.taobao.com/portal/home.htm',
    'https://sycm.taobao.com.evil.example/portal/home.htm',
    'https://evil.example/sycm.taobao.com/portal/home.htm',
  ])('%s is not a Taobao console page', (href) => {
    expect(detect(new URL(href))).toBeUndefined();
    expect(detectPage(new URL(href))).toBeUndefined();
  });

  it('detects the item edit page the title guard is built on', () => {
    expect(detectPage(new URL('https://item.upload.taobao.com/sell/v2/publish.htm?itemId=728461930215'))).toBe('itemEdit');
  });
});
