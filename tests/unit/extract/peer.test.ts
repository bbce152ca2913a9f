// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readDayTables } from '@/lib/extract/day-tables';
import { readMetricsByLabel, readTableByHeaders, traceMetricsByLabel } from '@/lib/extract/labels';
import { isPeerPath, isPeerText, peerRegions } from '@/lib/extract/peer';
import type { ReadContext } from '@/lib/platforms/types';
import { readDom } from '@/lib/platforms/taobao/extract';
import { detectPage as taobaoPage } from '@/lib/platforms/taobao/pages';
import { detectPage as jdPage } from '@/lib/platforms/jd/pages';
import { detectPage as douyinPage } from '@/lib/platforms/douyin/pages';
import { detectPage as amazonPage } from '@/lib/platforms/amazon/pages';

/**
 * Other shops' and the market's numbers are never the shop's (lib/extract/peer.ts): not read,
 * whatever their labels are called, wherever they sit beside the shop's own.
 */

const ctx: ReadContext = { url: new URL('https://sycm.taobao.com/portal/home.htm'), today: '2026-11-22', pageKind: 'dashboard' };
const LABELS = { uv: ['访客数'], salesAmount: ['支付金额'], conversionRate: ['支付转化率'] } as const;

const page = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body;
};
const today = (root: ParentNode) => readDom(root, ctx)?.shopDays.find((d) => d.date === '2026-11-22')?.metrics;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('isPeerText: the words that mark another shop’s or the market’s numbers', () => {
  it.each(['同行优秀', '同行同层平均', '行业均值 3.20%', '市场行情 · 行业参考（开通专业版查看）', '竞品', '竞店分析', '交易指数', '搜索人气', '访客数（行业均值）', 'Competitor price', 'Category Average'])(
    '%s is',
    (text) => expect(isPeerText(text)).toBe(true),
  );
  it.each(['访客数', '支付金额', '较同行 +3%', '高于同行 12.53%', '低于行业均值', '主营行业：家居', '营销活动', '', `${'这是一段很长的帮助文字，说明同行数据'.repeat(3)}`])(
    '%s is not',
    (text) => expect(isPeerText(text)).toBe(false),
  );
});

describe('isPeerPath: market and competition pages', () => {
  it.each([
    'https://sycm.taobao.com/mc/mq/market_monitor',
    'https://sycm.taobao.com/mc/ci/shop/monitor',
    'https://sycm.taobao.com/mc/ci/item/analysis?itemId=1',
    'https://jdsz.jd.com/szweb/view/industry/industry-top.html',
    'https://sz.jd.com/sz/view/competition/competeShop.html',
    'https://compass.jinritemai.com/shop/chance/rank-product',
    'https://sellercentral.amazon.com/brand-analytics/dashboard/query-performance',
  ])('%s is one, and no page kind', (url) => {
    expect(isPeerPath(new URL(url))).toBe(true);
    const u = new URL(url);
    for (const detect of [taobaoPage, jdPage, douyinPage, amazonPage]) expect(detect(u)).toBeUndefined();
  });
  it.each([
    'https://sycm.taobao.com/portal/home.htm',
    'https://sycm.taobao.com/flow/monitor/overview',
    'https://fxg.jinritemai.com/ffa/marketing/coupon/home',
    'https://shop.jd.com/jdm/marketing/activity/list',
    'https://sellercentral.amazon.com/business-reports#/report?id=102:SalesTrafficTimeSeries',
  ])('%s is not', (url) => expect(isPeerPath(new URL(url))).toBe(false));
});

describe('peer regions', () => {
  it('a heading with a peer word makes its section one; a trailing 行业均值 in the shop’s card does not', () => {
    const root = page(`
      <div id="shop"><div>支付转化率</div><div id="own">3.50%</div><div><span>行业均值</span><span id="avg">3.20%</span></div></div>
      <div id="mkt"><h4>市场行情 · 行业参考</h4><p>同行优秀 <span>访客数</span> <b id="peer">8.6万</b></p></div>
      <nav><a>行业</a></nav><div id="after"><span>访客数</span><b>1</b></div>`);
    const regions = peerRegions(root);
    expect(regions.contains(root.querySelector('#peer')!)).toBe(true);
    expect(regions.contains(root.querySelector('#avg')!)).toBe(true);
    expect(regions.contains(root.querySelector('#own')!)).toBe(false);
    // A link in the navigation names another page, not this section.
    expect(regions.contains(root.querySelector('#after')!)).toBe(false);
  });
});

describe('the reader never takes a peer number', () => {
  it('a 同行 section before the shop’s own cards, in the same dated section: only the shop’s numbers', () => {
    const root = page(`
      <section><h3>实时概况 <small>更新时间 2026-11-22 14:02</small></h3>
        <div class="peer"><h4>同行同层优秀</h4>
          <div class="c"><div>访客数</div><div>8.6万</div></div>
          <div class="c"><div>支付金额</div><div>¥52万</div></div>
          <div class="c"><div>支付转化率</div><div>6.10%</div></div>
        </div>
        <div class="c"><div>支付金额</div><div>¥12,345.60</div></div>
        <div class="c"><div>访客数</div><div>1.2万</div></div>
      </section>`);
    expect(today(root)).toEqual({ salesAmount: 12345.6, uv: 12000 });
  });

  it('a peer line inside the shop’s panel ("同行优秀 访客数 8.6万") is not read, even when the shop shows no 访客数', () => {
    const root = page(`<p>更新时间 2026-11-22 14:02</p>
      <div class="panel"><div class="c"><div>支付金额</div><div>¥12,345.60</div></div>
      <p>同行优秀 <span>访客数</span> <b>8.6万</b>，<span>支付转化率</span> <b>5.1%</b></p></div>`);
    expect(today(root)).toEqual({ salesAmount: 12345.6 });
  });

  it('the shop’s card with its number missing does not run on into the 行业均值 beside it', () => {
    const root = page(`<p>更新时间 2026-11-22 14:02</p>
      <div class="c"><div>支付转化率</div><div>行业均值</div><div>3.20%</div></div>
      <div class="c"><div>访客数</div><div>1,200</div></div>`);
    expect(today(root)).toEqual({ uv: 1200 });
    // …nor backwards into a peer figure printed above it.
    const above = page(`<div class="c"><span>同行平均</span><b>3.20%</b><div>支付转化率</div></div>`);
    expect(readMetricsByLabel(above, LABELS).values).toEqual({});
  });

  it('a label carrying a peer word is no label: 访客数（行业均值）, 同行支付金额 — not read, not a look-alike to confirm', () => {
    const root = page(`<div class="c"><span>访客数（行业均值）</span><b>8.6万</b></div><div class="c"><span>同行支付金额</span><b>¥52万</b></div>`);
    const read = readMetricsByLabel(root, LABELS);
    expect(read.values).toEqual({});
    expect(read.unsure).toEqual([]);
    expect(traceMetricsByLabel(root, LABELS)).toEqual([]);
  });

  it('tables: a 同行 table of days, and a peer column, are not the shop’s days', () => {
    const root = page(`
      <div class="c"><h4>竞店对比</h4><table><thead><tr><th>日期</th><th>访客数</th><th>支付金额</th></tr></thead>
        <tbody><tr><td>2026-11-21</td><td>9,999</td><td>¥99,999</td></tr></tbody></table></div>
      <table><thead><tr><th>日期</th><th>访客数</th><th>访客数（行业均值）</th></tr></thead>
        <tbody><tr><td>2026-11-20</td><td>1,100</td><td>8,800</td></tr></tbody></table>
      <div><h4>行业趋势</h4><table><tr><td>指标</td><td>2026-11-19</td></tr><tr><td>访客数</td><td>7,777</td></tr></table></div>`);
    const { days } = readDayTables(root, LABELS, { today: '2026-11-22' });
    expect(Object.fromEntries(days)).toEqual({ '2026-11-20': { uv: 1100 } });
    expect(readTableByHeaders(root, { date: ['日期'], uv: ['访客数'] })?.rows.map((r) => r.text.uv)).toEqual(['1,100']);
  });
});

describe('peerRegions remembers per element', () => {
  it('answers the same for nodes asked in any order, deep or shallow', () => {
    document.body.innerHTML = `
      <main>
        <section id="own"><h3>实时概况</h3><div><p><span>访客数</span><b id="ownnum">1.2万</b></p></div></section>
        <section id="peer"><h3>同行同层优秀</h3><div><div><p id="deep"><span>访客数</span><b id="num">8.6万</b></p></div></div></section>
      </main>`;
    const $ = (id: string) => document.getElementById(id)!;
    const first = peerRegions(document.body);
    // Deep node first, then its ancestors (answered from memory), then the shop's own section
    // (first in <main>: a region's heading is the first text of the element it heads).
    expect(first.headingOf($('num').firstChild!)).toBe('同行同层优秀');
    expect(first.contains($('deep'))).toBe(true);
    expect(first.contains($('ownnum').firstChild!)).toBe(false);
    const second = peerRegions(document.body);
    expect(second.contains($('own'))).toBe(false);
    expect(second.contains($('ownnum'))).toBe(false);
    expect(second.contains($('peer'))).toBe(true);
    expect(second.headingOf($('num'))).toBe('同行同层优秀');
  });
});
