// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readTrafficSources } from '@/lib/extract/traffic-sources';
import { readSources, sourceColumnsOf } from '@/lib/platforms/sources';
import { PAGE_KINDS } from '@/lib/model/consoles';
import { detect } from '@/lib/platforms/registry';

const COLUMNS = { source: ['流量来源'], uv: ['访客数'], salesAmount: ['支付金额'], paidBuyers: ['支付买家数'] };
const TODAY = '2026-11-22';
const html = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body;
};
beforeEach(() => {
  document.body.innerHTML = '';
});

describe('来源构成: a traffic-source table read by its headers', () => {
  it('one row per source; 合计 is not a source; unparseable money is missing, never 0; classes irrelevant', () => {
    const root = html(`<table class="x9"><tr><th>流量来源</th><th>访客数 ⓘ</th><th>支付金额(元)</th></tr>
      <tr><td>手淘搜索</td><td>5,200</td><td>9,100.00</td></tr>
      <tr><td>其它</td><td>1.2万</td><td>-</td></tr>
      <tr><td>合计</td><td>17,200</td><td>9,100.00</td></tr></table>`);
    expect(readTrafficSources(root, COLUMNS, TODAY)).toEqual({
      date: TODAY,
      rows: [
        { source: '手淘搜索', uv: 5200, salesAmount: 9100 },
        { source: '其它', uv: 12000 },
      ],
    });
  });

  it('the page’s single date marker dates the table; a range (近7天) is not one day and is not read', () => {
    const table = '<table><tr><th>流量来源</th><th>访客数</th></tr><tr><td>搜索</td><td>10</td></tr></table>';
    expect(readTrafficSources(html(`<p>统计日期 2026-11-20</p>${table}`), COLUMNS, TODAY)?.date).toBe('2026-11-20');
    expect(readTrafficSources(html(`<p>统计时间 2026-11-15 ~ 2026-11-21</p>${table}`), COLUMNS, TODAY)).toBeUndefined();
  });

  it('no source column or no visitors column: not a source table (an item table with 访客数 is not read)', () => {
    expect(readTrafficSources(html('<table><tr><th>商品ID</th><th>访客数</th></tr><tr><td>1</td><td>10</td></tr></table>'), COLUMNS, TODAY)).toBeUndefined();
    expect(readTrafficSources(html('<table><tr><th>流量来源</th><th>浏览量</th></tr><tr><td>搜索</td><td>10</td></tr></table>'), COLUMNS, TODAY)).toBeUndefined();
  });

  it('a row whose numbers are all unreadable is dropped, not stored as zeros', () => {
    const root = html('<table><tr><th>流量来源</th><th>访客数</th></tr><tr><td>搜索</td><td>--</td></tr><tr><td>推荐</td><td>30</td></tr></table>');
    expect(readTrafficSources(root, COLUMNS, TODAY)!.rows).toEqual([{ source: '推荐', uv: 30 }]);
  });
});

describe('each Chinese console’s 来源构成 fixture', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/console');
  const cases = [
    ['taobao', 'https://sycm.taobao.com/flow/monitor/shopsource/construction', 'taobao/sycm-flow-sources.html', { source: '手淘搜索', uv: 5200, salesAmount: 9100, paidBuyers: 182 }, 4],
    ['pinduoduo', 'https://mms.pinduoduo.com/sycm/flow_data/source', 'pinduoduo/sycm-flow-sources.html', { source: '搜索', uv: 3400, salesAmount: 5100 }, 3],
    ['jd', 'https://jdsz.jd.com/szweb/view/viewflow/viewStats.html', 'jd/sz-flow-sources.html', { source: '京东搜索', uv: 12000, salesAmount: 18000, paidBuyers: 240 }, 3],
    ['douyin', 'https://compass.jinritemai.com/shop/flow/channel', 'douyin/compass-flow-sources.html', { source: '商品卡', uv: 4000, salesAmount: 6000 }, 3],
  ] as const;
  it.each(cases)('%s: detected as its traffic page and read by headers', (platform, url, file, first, count) => {
    const found = detect(new URL(url));
    expect(found?.platform.id).toBe(platform);
    expect(found?.pageKind).toBe('traffic');
    document.documentElement.innerHTML = readFileSync(path.join(FIXTURES, file), 'utf8').replace(/^<!doctype html>/i, '');
    const day = readSources(platform, document, { url: new URL(url), today: TODAY, pageKind: 'traffic' });
    expect(day?.date).toBe(TODAY);
    expect(day?.rows[0]).toEqual(first);
    expect(day?.rows).toHaveLength(count);
  });

  it('only on traffic pages, and Amazon has no source table', () => {
    document.body.innerHTML = '<table><tr><th>流量来源</th><th>访客数</th></tr><tr><td>搜索</td><td>10</td></tr></table>';
    for (const pageKind of PAGE_KINDS.filter((k) => k !== 'traffic')) {
      expect(readSources('taobao', document, { url: new URL('https://sycm.taobao.com/'), today: TODAY, pageKind })).toBeUndefined();
    }
    expect(sourceColumnsOf('amazon')).toBeUndefined();
  });
});
