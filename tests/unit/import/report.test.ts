// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '@/lib/extract/labels';
import { ExtractionSchema } from '@/lib/model/schemas';
import { chunkExtraction, readReport, REPORT_FORMATS, type ImportResult } from '@/lib/import';
import { decodeText } from '@/lib/import/decode';
import { fixtureFile, TODAY, xlsxFile } from './helpers';

const ok = (result: ImportResult) => {
  if (!result.ok) throw new Error(`import failed: ${result.code} ${result.detail ?? ''}`);
  expect(ExtractionSchema.safeParse(result.parse.extraction).error).toBeUndefined();
  return result;
};
const daysOf = (result: ImportResult) => (result.ok ? Object.fromEntries(result.parse.extraction.shopDays.map((d) => [d.date, d.metrics])) : {});

describe('report formats (data)', () => {
  it('every format is valid and has a unique id', () => {
    expect(new Set(REPORT_FORMATS.map((f) => f.id)).size).toBe(REPORT_FORMATS.length);
    expect(REPORT_FORMATS.map((f) => f.platform).sort()).toEqual(expect.arrayContaining(['amazon', 'douyin', 'jd', 'pinduoduo', 'taobao']));
  });

  it.each(REPORT_FORMATS.map((f) => [f.id, f] as const))('%s: no header word is listed twice or names two columns', (_, format) => {
    const owner = new Map<string, string>();
    for (const [key, words] of Object.entries(format.columns)) {
      for (const word of (words ?? []).map(normalizeLabel)) {
        expect(owner.get(word), `"${word}" in ${key}`).toBeUndefined();
        owner.set(word, key);
      }
    }
  });
});

describe('text decoding', () => {
  it('UTF-8 with and without BOM, UTF-16LE with BOM, GBK bytes', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe6, 0x94, 0xaf]))).toEqual({ text: '支', encoding: 'utf-8' });
    expect(decodeText(new TextEncoder().encode('支付金额'))).toEqual({ text: '支付金额', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x2f, 0x65]))).toEqual({ text: '支', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xd6, 0xa7, 0xb8, 0xb6]))).toEqual({ text: '支付', encoding: 'gb18030' });
  });
});

describe('生意参谋 宏观监控 export (UTF-8 with BOM, title rows above the header)', () => {
  it('keeps the good days exactly and rejects the bad rows with their row numbers', async () => {
    const result = ok(await readReport(fixtureFile('sycm-macro-monitor-utf8-bom.csv'), { today: TODAY }));
    expect(result.parse.format.id).toBe('taobao.sycm-shop-daily');
    expect(result.encoding).toBe('utf-8');
    expect(daysOf(result)).toEqual({
      '2026-11-01': { pv: 36812, uv: 12000, unitsSold: 412, salesAmount: 12345.6, paidBuyers: 384, conversionRate: 0.032, aov: 32.15, bounceRate: 0.451 },
      '2026-11-02': { pv: 33210, uv: 10800, unitsSold: 355, salesAmount: 11600, paidBuyers: 320, conversionRate: 0.0296, aov: 36.25, bounceRate: 0.4602 },
      // "-" is a missing value, not an error: the row is kept without it.
      '2026-11-03': { pv: 29004, uv: 9870, salesAmount: 9876.5, paidBuyers: 301, conversionRate: 0.0305, aov: 32.81 },
      '2026-11-06': { pv: 35230, uv: 11450, unitsSold: 420, salesAmount: 13001.2, paidBuyers: 390, conversionRate: 0.0341, aov: 33.34, bounceRate: 0.439 },
      '2026-11-07': { pv: 38906, uv: 12876, unitsSold: 455, salesAmount: 2355109.15, paidBuyers: 402, conversionRate: 0.0981, aov: 5858.48, bounceRate: 0.42 },
    });
    expect(result.parse.rejected).toEqual([
      { row: 7, code: 'badNumber', column: '支付金额', value: 'abc' },
      { row: 8, code: 'badDate', column: '统计日期', value: '2026-13-05' },
      { row: 10, code: 'duplicate', value: '2026-11-06', firstRow: 9 },
      { row: 12, code: 'summary', value: '合计' },
    ]);
    expect(result.parse.rowCount).toBe(9);
  });
});

describe('JD SKU export (GBK bytes)', () => {
  it('decodes GB18030, keeps item days, rejects a number-mangled SKU and a negative amount', async () => {
    const result = ok(await readReport(fixtureFile('jd-sku-gbk.csv'), { today: TODAY }));
    expect(result.encoding).toBe('gb18030');
    expect(result.parse.format.id).toBe('jd.sku-daily');
    expect(result.parse.extraction.shopDays).toEqual([]);
    expect(result.parse.extraction.items).toEqual([
      {
        itemId: '100012043978',
        title: '祁门红茶 特级 罐装 250g',
        lastSaleDate: '2026-11-21',
        days: [
          { date: '2026-11-20', metrics: { salesAmount: 2560, unitsSold: 20, paidBuyers: 19, conversionRate: 0.0158, pv: 3120, uv: 1204 } },
          { date: '2026-11-21', metrics: { salesAmount: 2816, unitsSold: 22, paidBuyers: 21, conversionRate: 0.0162, pv: 3388, uv: 1296 } },
        ],
      },
      {
        itemId: '100012043979',
        title: '祁门红茶 礼盒装 2×125g',
        lastSaleDate: '2026-11-20',
        days: [{ date: '2026-11-20', metrics: { salesAmount: 536, unitsSold: 2, paidBuyers: 2, conversionRate: 0.0227, pv: 211, uv: 88 } }],
      },
      {
        itemId: '100012043980',
        title: '祁门红茶 小罐装 50g',
        days: [{ date: '2026-11-22', metrics: { salesAmount: 0, unitsSold: 0, paidBuyers: 0, conversionRate: 0, pv: 75, uv: 64 } }],
      },
    ]);
    expect(result.parse.rejected).toEqual([
      { row: 5, code: 'idPrecision', column: 'SKU', value: '1.00012E+11' },
      { row: 6, code: 'negative', column: '成交金额', value: '-12.00' },
    ]);
    expect(result.parse.itemDays).toBe(4);
  });
});

describe('Amazon Business Reports (CSV)', () => {
  it('Sales and Traffic by Date: every field quoted, $ amounts, MM/DD/YYYY; euros and impossible dates rejected', async () => {
    const result = ok(await readReport(fixtureFile('amazon-sales-traffic-by-date.csv'), { today: TODAY }));
    expect(result.parse.format.id).toBe('amazon.sales-traffic-by-date');
    expect(daysOf(result)).toEqual({
      '2021-06-11': { salesAmount: 238.44, unitsSold: 23, orders: 20, uv: 1000, conversionRate: 0.0221 },
      '2021-06-12': { salesAmount: 217.7, unitsSold: 18, orders: 18, uv: 1100, conversionRate: 0.0192 },
      '2021-06-13': { salesAmount: 277.06, unitsSold: 25, orders: 23, uv: 1100, conversionRate: 0.0233 },
      '2021-06-14': { salesAmount: 349.94, unitsSold: 31, orders: 30, uv: 1253, conversionRate: 0.0263 },
    });
    expect(result.parse.rejected).toEqual([
      { row: 6, code: 'currency', column: 'Ordered Product Sales', value: '€120.00' },
      { row: 7, code: 'badDate', column: 'Date', value: '13/45/2021' },
    ]);
  });

  it('Detail Page Sales and Traffic by Child Item with en dashes and sentence case: needs the day; items only without it', async () => {
    const file = fixtureFile('amazon-child-item-variants.csv');
    const withoutDay = ok(await readReport(file, { today: TODAY }));
    expect(withoutDay.needsDate).toBe(true);
    expect(withoutDay.parse.format.id).toBe('amazon.sales-traffic-by-child-item');
    expect(withoutDay.parse.extraction.items.map((i) => [i.itemId, i.title, i.days])).toEqual([
      ['B123456789', 'Stoneware Coffee Mug, 12 oz, Matte Blue', undefined],
      ['B234567890', 'Bamboo Coasters, Set of 6', undefined],
      ['B345678901', 'Ceramic Teapot with Infuser, 34 oz', undefined],
    ]);
    expect(withoutDay.parse.rejected).toEqual([{ row: 5, code: 'badItemId', column: '(Child) ASIN', value: 'not-an-asin' }]);

    const oneDay = ok(await readReport(file, { today: TODAY, rangeDate: '2021-06-14' }));
    expect(oneDay.parse.extraction.items[0]).toEqual({
      itemId: 'B123456789',
      title: 'Stoneware Coffee Mug, 12 oz, Matte Blue',
      lastSaleDate: '2021-06-14',
      days: [{ date: '2021-06-14', metrics: { uv: 18, pv: 43, unitsSold: 1, salesAmount: 16.79 } }],
    });
    expect(oneDay.parse.itemDays).toBe(3);
  });

  it('header variants: "- Total" missing, en dash, sentence case all map to the same columns', async () => {
    const csv = (header: string) => ({ name: 'r.csv', bytes: new TextEncoder().encode(`${header}\n"06/14/2021","$1.00","2","9"\n`) });
    for (const header of [
      '"Date","Ordered Product Sales","Units Ordered","Sessions - Total"',
      '"Date","Ordered Product Sales","Units Ordered","Sessions – Total"',
      '"Date","Ordered product sales","Units ordered","Sessions"',
    ]) {
      expect(daysOf(ok(await readReport(csv(header), { today: TODAY })))).toEqual({ '2021-06-14': { salesAmount: 1, unitsSold: 2, uv: 9 } });
    }
  });
});

describe('.xlsx (made with write-excel-file)', () => {
  it('reads text and number cells, date cells, percent cells as ratios; bad rows keep their Excel row number', async () => {
    const file = await xlsxFile('pdd.xlsx', [
      ['拼多多 经营数据 导出', null, null, null, null],
      ['统计日期', '成交金额', '成交订单数', '店铺访客数', '成交转化率'],
      [{ value: new Date(Date.UTC(2026, 10, 20)), type: Date, format: 'yyyy-mm-dd' }, 10422.8, 151, '3,175', { value: 0.0441, type: Number, format: '0.00%' }],
      ['2026-11-21', '12,864.50', 186, 3783, '4.52%'],
      ['2026-11-22', '暂无数据', '-', '', '-'],
      ['2026-11-23', 1, 1, 1, '1%'],
      ['2026-11-19', 'N/A?', 1, 1, '1%'],
    ]);
    const result = ok(await readReport(file, { today: TODAY, platform: 'pinduoduo' }));
    expect(result.fileKind).toBe('xlsx');
    expect(result.parse.format.id).toBe('pinduoduo.shop-daily');
    expect(daysOf(result)).toEqual({
      '2026-11-20': { salesAmount: 10422.8, orders: 151, uv: 3175, conversionRate: 0.0441 },
      '2026-11-21': { salesAmount: 12864.5, orders: 186, uv: 3783, conversionRate: 0.0452 },
    });
    expect(result.parse.rejected).toEqual([
      { row: 5, code: 'noValues' },
      { row: 6, code: 'dateOutOfRange', column: '统计日期', value: '2026-11-23' },
      { row: 7, code: 'badNumber', column: '成交金额', value: 'N/A?' },
    ]);
  });

  it('a 19-digit id stored as a number has lost digits: the row is rejected, text ids are kept', async () => {
    const file = await xlsxFile('douyin.xlsx', [
      ['日期', '商品ID', '商品名称', '成交金额', '成交人数', '商品点击人数'],
      ['2026-11-21', '3701234567890123456', '冬季加绒卫衣', '9,865.00', 112, 2380],
      // As a spreadsheet holds a long id typed into a number cell: a double, the last digits gone.
      ['2026-11-21', Number('3701234567890123457'), '纯棉打底衫', '0.00', 0, 12],
    ]);
    const result = ok(await readReport(file, { today: TODAY, platform: 'douyin' }));
    expect(result.parse.extraction.items.map((i) => i.itemId)).toEqual(['3701234567890123456']);
    expect(result.parse.rejected).toEqual([{ row: 3, code: 'idPrecision', column: '商品ID', value: expect.stringMatching(/^3701234567890\d{6}$/) }]);
  });
});

describe('files that are not importable reports', () => {
  it('an old binary .xls is refused with its own code (the seller is asked to save as .xlsx/.csv)', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await readReport({ name: '宏观监控.xls', bytes }, { today: TODAY })).toEqual({ ok: false, code: 'xls' });
  });

  it('an ".xls" that is an HTML table is read from the table', async () => {
    const result = ok(await readReport(fixtureFile('pdd-shop-daily-html.xls'), { today: TODAY }));
    expect(result.fileKind).toBe('html');
    expect(result.parse.format.id).toBe('pinduoduo.shop-daily');
    expect(daysOf(result)['2026-11-21']).toEqual({ salesAmount: 12864.5, orders: 186, paidBuyers: 171, conversionRate: 0.0452, aov: 75.23, uv: 3783, pv: 11204 });
  });

  it.each([
    ['empty', new Uint8Array([]), 'empty'],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'unreadable'],
    ['a CSV of something else', new TextEncoder().encode('name,age\nTom,3\n'), 'unknownFormat'],
    ['a blank CSV', new TextEncoder().encode('\n\n'), 'unknownFormat'],
  ])('%s is refused', async (_, bytes, code) => {
    expect(await readReport({ name: 'x', bytes }, { today: TODAY })).toMatchObject({ ok: false, code });
  });

  it('a report that fits several consoles equally asks for the platform', async () => {
    const bytes = new TextEncoder().encode('日期,成交金额\n2026-11-21,100\n');
    const result = await readReport({ name: 'x.csv', bytes }, { today: TODAY });
    expect(result).toMatchObject({ ok: false, code: 'ambiguous' });
    expect(result.ok ? [] : [...(result.platforms ?? [])].sort()).toEqual(['douyin', 'jd', 'pinduoduo']);
    const chosen = ok(await readReport({ name: 'x.csv', bytes }, { today: TODAY, platform: 'jd' }));
    expect(chosen.parse.format.id).toBe('jd.shop-daily');
  });
});

describe('chunking an import into messages', () => {
  it('splits 900 days, and an item with 1,000 days, into messages within the message limits, losing nothing', () => {
    const shopDays = Array.from({ length: 900 }, (_, i) => ({ date: `2024-01-01+${i}`, metrics: { uv: i } }));
    const days = Array.from({ length: 1000 }, (_, i) => ({ date: `d${i}`, metrics: { uv: i } }));
    const chunks = chunkExtraction({ shopDays, items: [{ itemId: 'a', days }, { itemId: 'b' }] });
    expect(chunks.every((c) => c.shopDays.length <= 400 && c.items.length <= 20_000 && c.items.every((i) => (i.days?.length ?? 0) <= 400))).toBe(true);
    expect(chunks.flatMap((c) => c.shopDays)).toEqual(shopDays);
    expect(chunks.flatMap((c) => c.items.filter((i) => i.itemId === 'a').flatMap((i) => i.days ?? []))).toEqual(days);
    expect(chunks.flatMap((c) => c.items.map((i) => i.itemId)).filter((id) => id === 'b')).toEqual(['b']);
  });
});
