// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { normalizeLabel, readMetricsByLabel, readTableByHeaders } from '@/lib/extract/labels';
import { parseConsoleNumber } from '@/lib/extract/number';

const LABELS = {
  uv: ['访客数', 'UV'],
  pv: ['浏览量', 'PV'],
  salesAmount: ['支付金额', '销售额', '成交金额'],
  paidBuyers: ['支付买家数'],
  conversionRate: ['支付转化率', '转化率'],
  aov: ['客单价'],
  bounceRate: ['跳失率'],
  dsr: ['DSR', '店铺评分'],
} as const;

const html = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('normalizeLabel', () => {
  it.each([
    ['支付金额(元)', '支付金额'],
    ['支付金额（元）：', '支付金额'],
    [' 访客数 : ', '访客数'],
    ['UV', 'uv'],
    ['跳失率 ⓘ', '跳失率'],
    ['ＵＶ', 'uv'],
  ])('%j → %j', (input, output) => expect(normalizeLabel(input)).toBe(output));
});

describe('readMetricsByLabel', () => {
  it('reads cards: value after the label, comparisons ignored, classes irrelevant', () => {
    const root = html(`
      <div class="grid">
        <div class="a1"><div class="x">支付金额</div><div class="y">¥12,345.60</div><div class="z">较前一日 +12.3%</div></div>
        <div class="a1"><div class="x">访客数</div><div class="y">1.2万</div><div class="z">较前一日 -3.10%</div></div>
        <div class="a1"><div class="x">浏览量</div><div class="y">36,812</div></div>
        <div class="a1"><div class="x">支付转化率</div><div class="y">3.20%</div></div>
      </div>`);
    const { values, labelled } = readMetricsByLabel(root, LABELS);
    expect(values).toEqual({ salesAmount: 12345.6, uv: 12000, pv: 36812, conversionRate: 0.032 });
    expect(labelled.sort()).toEqual(['conversionRate', 'pv', 'salesAmount', 'uv']);
  });

  it('reads a value printed above its label', () => {
    const root = html(`
      <ul><li><b>1.2万</b><span>访客数</span></li><li><b>36,812</b><span>浏览量</span><em>较前一日 +1%</em></li></ul>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ uv: 12000, pv: 36812 });
  });

  it('reads values in the same text node, with or without a colon', () => {
    const root = html(`<p>访客数 1.2万</p><p>浏览量：36,812 较前一日 +3%</p><p>客单价: -</p><p>访客数占比 12%</p>`);
    const { values, labelled } = readMetricsByLabel(root, LABELS);
    expect(values).toEqual({ uv: 12000, pv: 36812 });
    expect(labelled).toContain('aov');
  });

  it('skips a comparison split over two elements', () => {
    const root = html(`<div><span>访客数</span><span>较前一日</span><span>+3%</span><span>1,234</span></div>
      <div><span>浏览量</span><span>5,678</span><span>较前一日</span><i>↑</i><span>1.02%</span></div>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ uv: 1234, pv: 5678 });
  });

  it('reads dt/dd lists and key/value table rows', () => {
    const root = html(`
      <dl><dt>访客数</dt><dd>12,000</dd><dt>浏览量</dt><dd>36,812</dd><dt>跳失率</dt><dd>45.10%</dd></dl>
      <table><tr><td>支付金额（元）</td><td>12,345.60</td></tr><tr><th>客单价</th><td>¥32.15</td></tr></table>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ uv: 12000, pv: 36812, bounceRate: 0.451, salesAmount: 12345.6, aov: 32.15 });
  });

  it('reads a column header from the first data row', () => {
    const root = html(`
      <table>
        <thead><tr><th>日期</th><th>访客数</th><th>支付金额 <i>排序</i></th><th>支付转化率</th></tr></thead>
        <tbody><tr><td>2026-11-21</td><td>8,100</td><td>9,876.50</td><td>2.95%</td></tr>
               <tr><td>2026-11-20</td><td>7,000</td><td>1.00</td><td>1.00%</td></tr></tbody>
      </table>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ uv: 8100, salesAmount: 9876.5, conversionRate: 0.0295 });
  });

  it('never reads a breakdown table (one named part per row) as the shop\'s figure', () => {
    // 生意参谋 流量 → 来源构成 without overview cards: 手淘搜索's 支付金额 is one source's, not the shop's.
    const root = html(`
      <table>
        <thead><tr><th>流量来源</th><th>访客数</th><th>支付金额</th></tr></thead>
        <tbody><tr><td>手淘搜索</td><td>5,200</td><td>8,120.50</td></tr>
               <tr><td>直通车</td><td>1,300</td><td>2,010.00</td></tr></tbody>
      </table>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({});
    // One row under the headers is the whole, whatever its first cell says.
    const single = html(`
      <table><thead><tr><th>范围</th><th>访客数</th></tr></thead><tbody><tr><td>全店</td><td>6,500</td></tr></tbody></table>`);
    expect(readMetricsByLabel(single, LABELS).values).toEqual({ uv: 6500 });
  });

  it('stores garbled or placeholder values as missing, never 0 or NaN', () => {
    const root = html(`
      <div class="grid">
        <div><span>支付金额</span><span>—</span></div>
        <div><span>访客数</span><span>-</span></div>
        <div><span>浏览量</span><span>暂无数据</span></div>
        <div><span>支付买家数</span><span>N/A</span></div>
        <div><span>支付转化率</span><span>NaN%</span></div>
        <div><span>客单价</span><span>¥1e309</span></div>
        <div><span>跳失率</span><span>∞</span></div>
        <div><span>DSR</span><span>--</span></div>
      </div>`);
    const { values, labelled } = readMetricsByLabel(root, LABELS);
    expect(values).toEqual({});
    expect(labelled.sort()).toEqual(['aov', 'bounceRate', 'conversionRate', 'dsr', 'paidBuyers', 'pv', 'salesAmount', 'uv']);
  });

  it('does not borrow the neighbour card number when a value is empty', () => {
    const root = html(`
      <div class="grid">
        <div><span>访客数</span><span></span></div>
        <div><span>加购人数</span><span>300</span></div>
        <div><span>浏览量</span><span>36,812</span></div>
      </div>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ pv: 36812 });
  });

  it('missing labels are simply missing', () => {
    const root = html(`<div><span>访客数</span><span>10</span></div>`);
    const read = readMetricsByLabel(root, LABELS);
    expect(read.values).toEqual({ uv: 10 });
    expect(read.labelled).toEqual(['uv']);
  });

  it('duplicated labels: the main panel wins over a banner, then document order', () => {
    const root = html(`
      <div class="promo"><span>访客数</span> <span>999万</span> · 立即开通 <b>支付金额</b> 翻倍!</div>
      <div class="panel">
        <div><div>支付金额</div><div>¥100.00</div></div>
        <div><div>访客数</div><div>1.2万</div></div>
        <div><div>访客数</div><div>13,000</div></div>
        <div><div>浏览量</div><div>5</div></div>
      </div>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ salesAmount: 100, uv: 12000, pv: 5 });
  });

  it('ignores hidden elements', () => {
    const root = html(`
      <div hidden><div><span>访客数</span><span>1</span></div><div><span>浏览量</span><span>2</span></div></div>
      <div style="display:none"><span>支付金额</span><span>3</span></div>
      <div aria-hidden="true"><span>跳失率</span><span>3%</span></div>
      <div><div><span>访客数</span><span>10</span></div><div><span>浏览量</span><span>20</span></div></div>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ uv: 10, pv: 20 });
  });

  it('prefers the synonyms in the order given', () => {
    const root = html(`<div><div><span>成交金额</span><span>5.00</span></div><div><span>支付金额</span><span>7.00</span></div></div>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ salesAmount: 7 });
  });

  it('drops negative values and numbers of the wrong kind', () => {
    const root = html(`<div><div><span>访客数</span><span>-3</span></div><div><span>支付转化率</span><span>0.5</span></div><div><span>浏览量</span><span>3%</span></div></div>`);
    const read = readMetricsByLabel(root, LABELS);
    expect(read.values).toEqual({});
    expect(read.labelled.sort()).toEqual(['conversionRate', 'pv', 'uv']);
  });

  it('reads English labels and full-width text', () => {
    const root = html(`<div><div><span>UV</span><span>１２，３４５</span></div><div><span>PV</span><span>3.4k</span></div><div><span>DSR</span><span>4.8</span></div></div>`);
    expect(readMetricsByLabel(root, LABELS).values).toEqual({ uv: 12345, pv: 3400, dsr: 4.8 });
  });

  it('accepts kinds overrides', () => {
    const root = html(`<div><span>访客数</span><span>12%</span></div>`);
    expect(readMetricsByLabel(root, { uv: ['访客数'] }, { kinds: { uv: 'ratio' } }).values).toEqual({ uv: 0.12 });
  });
});

describe('readTableByHeaders', () => {
  const COLUMNS = { itemId: ['商品ID'], title: ['商品名称', '商品'], uv: ['访客数'], salesAmount: ['支付金额'] } as const;

  it('maps header texts to columns, with colspans and sort-icon text', () => {
    const root = html(`
      <table>
        <thead><tr><th colspan="2">商品</th><th>访客数<span>↓</span></th><th>支付金额(元)</th><th>操作</th></tr></thead>
        <tbody>
          <tr><td><img src="a.png"></td><td><a href="https://item.taobao.com/item.htm?id=1001">北欧风 陶瓷 马克杯</a></td><td>1,234</td><td>2,345.60</td><td>详情</td></tr>
          <tr><td></td><td>玻璃花瓶</td><td>-</td><td>0</td><td>详情</td></tr>
        </tbody>
      </table>`);
    const table = readTableByHeaders(root, COLUMNS)!;
    expect(table.columns).toEqual(['title', 'uv', 'salesAmount']);
    // 商品 spans the image and title cells: the first cell with text is the title.
    expect(table.rows.map((r) => r.text)).toEqual([
      { title: '北欧风 陶瓷 马克杯', uv: '1,234', salesAmount: '2,345.60' },
      { title: '玻璃花瓶', uv: '-', salesAmount: '0' },
    ]);
    expect(table.rows[0]!.cells.title!.querySelector('a')!.getAttribute('href')).toContain('id=1001');
    expect(table.rows.map((r) => parseConsoleNumber(r.text.uv, 'count'))).toEqual([1234, undefined]);
  });

  it('finds the body in the next table for fixed-header grids', () => {
    const root = html(`
      <div class="grid">
        <div class="head"><table><thead><tr><th>商品ID</th><th>商品名称</th><th>访客数</th></tr></thead></table></div>
        <div class="body"><table><tbody><tr><td>1001</td><td>马克杯</td><td>12</td></tr><tr><td>1002</td><td>花瓶</td><td>3</td></tr></tbody></table></div>
      </div>`);
    expect(readTableByHeaders(root, COLUMNS)!.rows.map((r) => r.text)).toEqual([
      { itemId: '1001', title: '马克杯', uv: '12' },
      { itemId: '1002', title: '花瓶', uv: '3' },
    ]);
  });

  it('reads ARIA grids', () => {
    const root = html(`
      <div role="grid">
        <div role="row"><div role="columnheader">商品ID</div><div role="columnheader">访客数</div></div>
        <div role="row"><div role="gridcell">1001</div><div role="gridcell">1.2万</div></div>
      </div>`);
    expect(readTableByHeaders(root, COLUMNS)!.rows.map((r) => r.text)).toEqual([{ itemId: '1001', uv: '1.2万' }]);
  });

  it('picks the header row matching most columns, and says undefined when none matches', () => {
    const root = html(`
      <table><thead><tr><th>日期</th><th>访客数</th></tr></thead><tbody><tr><td>x</td><td>1</td></tr></tbody></table>
      <table><thead><tr><th>商品ID</th><th>访客数</th><th>支付金额</th></tr></thead><tbody><tr><td>9</td><td>2</td><td>3</td></tr></tbody></table>`);
    expect(readTableByHeaders(root, COLUMNS)!.rows[0]!.text).toEqual({ itemId: '9', uv: '2', salesAmount: '3' });
    expect(readTableByHeaders(html('<table><tr><td>nothing</td></tr></table>'), COLUMNS)).toBeUndefined();
  });

  it('reads 10,000 rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>${i + 1}</td><td>商品${i}</td><td>${i}</td><td>${i}.50</td></tr>`).join('');
    const root = html(`<table><thead><tr><th>商品ID</th><th>商品名称</th><th>访客数</th><th>支付金额</th></tr></thead><tbody>${rows}</tbody></table>`);
    const table = readTableByHeaders(root, COLUMNS)!;
    expect(table.rows).toHaveLength(10_000);
    expect(table.rows[9_999]!.text).toEqual({ itemId: '10000', title: '商品9999', uv: '9999', salesAmount: '9999.50' });
    expect(readTableByHeaders(root, COLUMNS, { maxRows: 10 })!.rows).toHaveLength(10);
  });
});
