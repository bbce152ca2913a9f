// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMetric, summarize } from '@/components/captured/summary';
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

  it('formats each metric in its kind', () => {
    expect(formatMetric('salesAmount', 12345.6, 'zh-CN', 'CNY')).toBe('¥12,345.60');
    expect(formatMetric('conversionRate', 0.032, 'zh-CN', 'CNY')).toBe('3.20%');
    expect(formatMetric('uv', 12000, 'zh-CN', 'CNY')).toBe('12,000');
    expect(formatMetric('dsr', 4.8, 'zh-CN', 'CNY')).toBe('4.8');
    expect(formatMetric('salesAmount', 99.9, 'en', 'USD')).toBe('$99.90');
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
    expect(items[1]!.textContent).toMatch(/淘宝\/天猫 · 生意参谋 · 首页概况/);
    expect(items[1]!.textContent).toContain('今天的数据');
    expect(items[1]!.textContent).toContain('12,000');
    expect(items[1]!.textContent).toContain('¥12,345.60');
    expect(items[1]!.textContent).toContain('页面显示');
  });
});
