import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n';
import { pageNameOf } from '@/lib/platforms/page-names';

/** The 今日 list names each page as its console does (issue 14: not 首页概况/商品列表 for all). */
describe('page names in the 今日 list', () => {
  const zh = (url: string, kind: Parameters<typeof pageNameOf>[1]) => CATALOGS['zh-CN'][pageNameOf(url, kind)];

  it('names the pages the consoles call by their own names', () => {
    expect(zh('https://sellercentral.amazon.com/business-reports', 'dashboard')).toBe('Business Reports');
    expect(zh('https://sellercentral-europe.amazon.com/business-reports/ref=xx', 'dashboard')).toBe('Business Reports');
    expect(zh('https://sycm.taobao.com/cc/item_rank', 'itemList')).toBe('商品排行');
    expect(zh('https://sycm.taobao.com/portal/home.htm', 'dashboard')).toBe('首页');
    expect(zh('https://mms.pinduoduo.com/sycm/stores_data/operation', 'dashboard')).toBe('数据中心');
    expect(zh('https://mms.pinduoduo.com/home/', 'dashboard')).toBe('首页');
    expect(zh('https://myseller.taobao.com/home.htm/SellManage/on_sale', 'itemList')).toBe('商品管理');
    expect(zh('https://jdsz.jd.com/szweb/view/index/home.html', 'dashboard')).toBe('商智首页');
  });

  it('falls back to the page kind for pages without a name of their own, and for bad URLs', () => {
    expect(pageNameOf('https://rule.taobao.com/index.htm', 'rules')).toBe('page.rules');
    expect(pageNameOf('not a url', 'dashboard')).toBe('page.dashboard');
    // A prefix never matches a longer path segment (/sycmx is not /sycm).
    expect(pageNameOf('https://mms.pinduoduo.com/sycmx', 'dashboard')).toBe('page.dashboard');
  });
});

describe('home pages match exactly', () => {
  it("千牛's apps below /home.htm/ are not its workbench; 罗盘's other pages are not 经营概览", () => {
    expect(pageNameOf('https://myseller.taobao.com/home.htm', 'dashboard')).toBe('pageName.qianniuHome');
    expect(pageNameOf('https://myseller.taobao.com/home.htm/comment-manage/list/rateWait4PC', 'reviews')).toBe('page.reviews');
    expect(pageNameOf('https://compass.jinritemai.com/shop/trade', 'trade')).toBe('page.trade');
  });
});
