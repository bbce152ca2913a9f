// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleOf, formatMetric, summarize } from '@/components/captured/summary';
import type { SnapshotRow } from '@/lib/db/schema';

/** The 今日读取 list: what a raw read says, and the component's loading / empty / list / failure states. */

const AT = new Date('2026-11-22T10:00:00').getTime();
const row = (over: Partial<SnapshotRow>): SnapshotRow => ({
  id: 1,
  capturedAt: AT,
  shopKey: 'taobao:default',
  platform: 'taobao',
  pageKind: 'dashboard',
  url: 'https://sycm.taobao.com/portal/home.htm',
  source: 'dom',
  shopMetricCount: 2,
  itemCount: 0,
  payload: { shopDays: [{ date: '2026-11-22', metrics: { uv: 12000, salesAmount: 12345.6 } }], items: [] },
  ...over,
});

describe('summarize', () => {
  it('newest first, with console, metrics, items, and failures resolved by a later read of the same page', () => {
    const entries = summarize([
      row({ id: 1, capturedAt: AT, payload: { error: 'unreadable-values: taobao uv, pv' } }),
      row({ id: 2, capturedAt: AT + 1000 }),
      row({ id: 3, capturedAt: AT + 2000, url: 'https://myseller.taobao.com/home.htm/SellManage/on_sale', pageKind: 'itemList', payload: { shopDays: [], items: [{ itemId: '1', title: 'A' }, { itemId: '2' }] } }),
      row({ id: 4, capturedAt: AT + 3000, url: 'https://sycm.taobao.com/cc/item_rank', payload: { error: 'no-metrics: taobao' } }),
    ]);
    expect(entries.map((e) => e.id)).toEqual([4, 3, 2, 1]);
    expect(entries[0]!.failure).toMatchObject({ kind: 'noMetrics', resolved: false, labels: [] });
    expect(entries[1]).toMatchObject({ console: 'console.myseller', itemCount: 2, itemTitles: ['A', '2'], days: [] });
    expect(entries[2]).toMatchObject({ console: 'console.sycm', days: [{ date: '2026-11-22', metrics: [['uv', 12000], ['salesAmount', 12345.6]] }] });
    expect(entries[3]!.failure).toMatchObject({ kind: 'unreadable', resolved: true, labels: ['uv', 'pv'] });
  });

  it("names every platform's console, not only Taobao's", () => {
    expect(
      [
        'https://sycm.taobao.com/portal/home.htm',
        'https://mms.pinduoduo.com/home/',
        'https://jdsz.jd.com/szweb/view/index/home.html',
        'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare',
        'https://fxg.jinritemai.com/ffa/g/list',
        'https://compass.jinritemai.com/shop',
        'https://qianchuan.jinritemai.com/promotion',
        'https://sellercentral.amazon.com/business-reports',
        'https://sellercentral-japan.amazon.com/business-reports',
      ].map(consoleOf),
    ).toEqual(['console.sycm', 'console.pddMms', 'console.jdShangzhi', 'console.jdJingmai', 'console.doudian', 'console.douyinCompass', 'console.qianchuan', 'console.amazonNA', 'console.amazonJP']);
    expect(consoleOf('https://example.com/')).toBe('console.other');
    expect(consoleOf('not a url')).toBe('console.other');
  });

  it("takes the currency from the platform at the read's URL (Amazon by marketplace)", () => {
    const amazon = (url: string) => row({ platform: 'amazon', url, pageKind: 'dashboard' });
    const entries = summarize([
      amazon('https://sellercentral.amazon.com/business-reports'),
      amazon('https://sellercentral-europe.amazon.com/business-reports'),
      amazon('https://sellercentral-japan.amazon.com/business-reports'),
      row({ platform: 'jd', url: 'https://jdsz.jd.com/szweb/view/index/home.html' }),
      row({}),
    ]);
    expect(entries.map((e) => e.currency)).toEqual(['USD', 'EUR', 'JPY', 'CNY', 'CNY']);
  });

  it('formats each metric in its kind', () => {
    expect(formatMetric('salesAmount', 12345.6, 'zh-CN', 'CNY')).toBe('¥12,345.60');
    expect(formatMetric('conversionRate', 0.032, 'zh-CN', 'CNY')).toBe('3.20%');
    expect(formatMetric('uv', 12000, 'zh-CN', 'CNY')).toBe('12,000');
    expect(formatMetric('dsr', 4.8, 'zh-CN', 'CNY')).toBe('4.8');
    expect(formatMetric('salesAmount', 99.9, 'en', 'USD')).toBe('$99.90');
    expect(formatMetric('salesAmount', 99.9, 'en', 'EUR')).toBe('€99.90');
    expect(formatMetric('salesAmount', 1234, 'en', 'JPY')).toBe('¥1,234');
    expect(formatMetric('salesAmount', 1234, 'zh-CN', 'JPY')).toBe('JP¥1,234');
  });
});

describe('CapturedToday', () => {
  afterEach(() => {
    cleanup();
    vi.resetModules();
  });

  async function mount(rows: SnapshotRow[] | undefined) {
    vi.doMock('dexie-react-hooks', () => ({ useLiveQuery: () => rows }));
    const { default: CapturedToday } = await import('@/components/captured/CapturedToday');
    render(<CapturedToday now={AT + 5000} />);
  }

  it('says it is loading while the database answers', async () => {
    await mount(undefined);
    expect(screen.getByText('加载中…')).toBeTruthy();
  });

  it('tells the seller where to start when nothing was read today', async () => {
    await mount([]);
    expect(screen.getByText('今天还没有读取到数据。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '打开生意参谋首页' }).getAttribute('href')).toBe('https://sycm.taobao.com/portal/home.htm');
  });

  it('lists reads with values and explains a page it could not read', async () => {
    await mount([row({ id: 2 }), row({ id: 3, capturedAt: AT + 2000, url: 'https://sycm.taobao.com/portal/home.htm?x=garbled', payload: { error: 'unreadable-values: taobao uv' } })]);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('没能读取这个页面');
    expect(screen.getByRole('alert').textContent).toContain('请等页面数据加载完成后刷新页面');
    expect(items[0]!.textContent).toContain('认出的指标：访客数');
    expect(items[1]!.textContent).toMatch(/淘宝\/天猫 · 生意参谋 · 首页/);
    expect(items[1]!.textContent).toContain('今天的数据');
    expect(items[1]!.textContent).toContain('12,000');
    expect(items[1]!.textContent).toContain('¥12,345.60');
    expect(items[1]!.textContent).toContain('页面显示');
  });

  it("names other platforms' consoles and prints their money in the marketplace's currency", async () => {
    await mount([
      row({ id: 5, capturedAt: AT + 3000, platform: 'pinduoduo', shopKey: 'pinduoduo:default', url: 'https://mms.pinduoduo.com/home/' }),
      row({ id: 6, capturedAt: AT + 2000, platform: 'amazon', shopKey: 'amazon:default', url: 'https://sellercentral-europe.amazon.com/business-reports', payload: { shopDays: [{ date: '2026-11-22', metrics: { salesAmount: 99.9 } }], items: [] } }),
    ]);
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/拼多多 · 拼多多商家后台 · 首页/);
    expect(items[0]!.textContent).toContain('¥12,345.60');
    expect(items[1]!.textContent).toMatch(/亚马逊 · Seller Central 欧洲站 · Business Reports/);
    expect(items[1]!.textContent).toContain('€99.90');
  });

  it("lists item titles and recognised labels with the catalog's separators", async () => {
    const items = [1, 2, 3, 4].map((n) => ({ itemId: String(n), title: `宝贝${n}` }));
    await mount([
      row({ id: 7, capturedAt: AT + 2000, pageKind: 'itemList', url: 'https://sycm.taobao.com/cc/item_rank', payload: { shopDays: [], items } }),
      row({ id: 8, capturedAt: AT + 1000, payload: { error: 'unreadable-values: taobao uv, pv' } }),
    ]);
    const [list, failed] = screen.getAllByRole('listitem');
    expect(list!.textContent).toContain('4 件商品：宝贝1、宝贝2、宝贝3等');
    expect(failed!.textContent).toContain('认出的指标：访客数、浏览量');
  });
});

describe('summarize: what the read itself says', () => {
  it('marks the numbers that failed a cross-check as doubtful, on their day', () => {
    const [entry] = summarize([
      row({
        payload: { shopDays: [{ date: '2026-11-22', metrics: { uv: 1000, paidBuyers: 30, conversionRate: 0.3 } }], items: [] },
        doubtful: [{ date: '2026-11-22', keys: ['conversionRate'] }],
      }),
    ]);
    expect(entry!.days[0]).toMatchObject({ date: '2026-11-22', doubtful: ['conversionRate'] });
  });

  it("prints money in the currency the read names (an Amazon marketplace's)", () => {
    const [entry] = summarize([row({ platform: 'amazon', url: 'https://sellercentral.amazon.com/business-reports', payload: { currency: 'CAD', shopDays: [{ date: '2026-11-22', metrics: { salesAmount: 12 } }], items: [] } })]);
    expect(entry!.currency).toBe('CAD');
    expect(formatMetric('salesAmount', 12, 'en', 'CAD')).toBe('CA$12.00');
  });
});
