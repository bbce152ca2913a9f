// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS } from '@/lib/model/metrics';
import { dayColumns, itemColumns } from '@/lib/platforms/amazon/extract';
import { ENDPOINT_EXAMPLES, ENDPOINT_MATCHERS } from '@/lib/platforms/amazon/endpoints';
import { ENDPOINT_READERS } from '@/lib/platforms/amazon/readers';
import { checkSynonymTable, dayOf, fixtureHtml, fixtureJson, itemOf, readPage, readResponse } from './extract-helpers';

const API = 'https://sellercentral.amazon.com/business-reports/api/sales-and-traffic-by-date?marketplaceID=ATVPDKIKX0DER';
const BY_DATE = 'https://sellercentral.amazon.com/business-reports#/report?id=102:SalesTrafficTimeSeries&fromDate=2021-06-11&toDate=2021-06-14';
const BY_CHILD = 'https://sellercentral.amazon.com/business-reports?shopmate-fixture=child-item#/report?id=102%3ADetailSalesTrafficByChildItem&fromDate=2021-06-14&toDate=2021-06-14';

/** Amazon's own example days (SP-API schema, shared/fixtures/amazon). */
const EXAMPLE_DAYS = [
  { date: '2021-06-11', metrics: { salesAmount: 238.44, unitsSold: 23, orders: 20, pv: 1658, uv: 1000, conversionRate: 0.0221 } },
  { date: '2021-06-12', metrics: { salesAmount: 217.7, unitsSold: 18, orders: 18, pv: 1400, uv: 1100, conversionRate: 0.0192 } },
  { date: '2021-06-13', metrics: { salesAmount: 277.06, unitsSold: 25, orders: 23, pv: 1300, uv: 1100, conversionRate: 0.0233 } },
  { date: '2021-06-14', metrics: { salesAmount: 349.94, unitsSold: 31, orders: 30, pv: 2000, uv: 1253, conversionRate: 0.0263 } },
];

describe('Amazon endpoint matcher and reader (SP-API Sales and Traffic shape)', () => {
  it('pairs every matcher with a reader of the same id', () => {
    expect(ENDPOINT_READERS.map((r) => r.id)).toEqual(ENDPOINT_MATCHERS.map((m) => m.id));
  });

  it.each(Object.entries(ENDPOINT_EXAMPLES).flatMap(([id, urls]) => urls.map((u) => [id, u] as const)))('%s matches %s only', (id, href) => {
    expect(ENDPOINT_MATCHERS.filter((m) => m.matches(new URL(href))).map((m) => m.id)).toEqual([id]);
  });

  it("reads Amazon's own example: days (percent numbers → ratios, refund rate too), items without per-day numbers over a range", () => {
    const out = readResponse('amazon', API, fixtureJson('amazon', 'sales-and-traffic.json'));
    expect(out?.shopDays.map(({ date, metrics }) => ({ date, metrics: { ...metrics, refundRate: undefined } }))).toEqual(
      EXAMPLE_DAYS.map((d) => ({ ...d, metrics: { ...d.metrics, refundRate: undefined } })),
    );
    expect(dayOf(out, '2021-06-11')?.refundRate).toBe(0.0435);
    expect(out?.items.map((i) => i.itemId)).toEqual(['B123456789', 'B234567890', 'B345678901']);
    expect(out?.items.every((i) => i.days === undefined)).toBe(true);
  });

  it('one-day reports give items their day; other currencies are left out', () => {
    const body = {
      reportSpecification: { dataStartTime: '2026-11-21', dataEndTime: '2026-11-21' },
      salesAndTrafficByDate: [{ date: '2026-11-21', salesByDate: { orderedProductSales: { amount: 99, currencyCode: 'EUR' }, unitsOrdered: 4 } }],
      salesAndTrafficByAsin: [{ childAsin: 'B0C1234567', salesByAsin: { orderedProductSales: { amount: 12.5, currencyCode: 'USD' }, unitsOrdered: 1 }, trafficByAsin: { sessions: 9, pageViews: 14 } }],
    };
    const out = readResponse('amazon', API, body);
    expect(out?.shopDays).toEqual([{ date: '2026-11-21', metrics: { unitsSold: 4 } }]);
    expect(itemOf(out, 'B0C1234567')).toEqual({
      itemId: 'B0C1234567',
      lastSaleDate: '2026-11-21',
      days: [{ date: '2026-11-21', metrics: { salesAmount: 12.5, unitsSold: 1, pv: 14, uv: 9 } }],
    });
  });

  it.each([
    ['garbage', { salesAndTrafficByDate: 'x' }],
    ['negative and impossible values', { salesAndTrafficByDate: [{ date: '2026-11-21', salesByDate: { unitsOrdered: -1 } }] }],
    ['bad ASINs', { salesAndTrafficByAsin: [{ childAsin: 'not-an-asin' }] }],
  ])('reads nothing from %s', (_, body) => {
    expect(readResponse('amazon', API, body)).toBeUndefined();
  });
});

describe('Amazon DOM reading', () => {
  it('reads Sales and Traffic by Date: a shop day per row, B2B columns ignored', () => {
    const out = readPage('amazon', fixtureHtml('amazon', 'business-reports-by-date.html'), BY_DATE);
    expect(out?.shopDays).toEqual(EXAMPLE_DAYS);
  });

  it('reads Detail Page Sales and Traffic by Child Item for a one-day range; Unit Session Percentage is not a conversion rate', () => {
    const out = readPage('amazon', fixtureHtml('amazon', 'business-reports-by-child-item.html'), BY_CHILD);
    expect(itemOf(out, 'B123456789')).toEqual({
      itemId: 'B123456789',
      title: 'Stoneware Coffee Mug, 12 oz, Matte Blue',
      lastSaleDate: '2021-06-14',
      days: [{ date: '2021-06-14', metrics: { uv: 18, pv: 43, unitsSold: 1, salesAmount: 16.79 } }],
    });
    expect(out?.items).toHaveLength(3);
    // The same report over several days: items, no per-day numbers.
    const range = readPage('amazon', fixtureHtml('amazon', 'business-reports-by-child-item.html'), BY_CHILD.replace('fromDate=2021-06-14', 'fromDate=2021-06-01'));
    expect(range?.items.every((i) => i.days === undefined)).toBe(true);
  });

  it('reads Manage All Inventory: ASIN from the title link, title, price in dollars only, available units, status', () => {
    const out = readPage('amazon', fixtureHtml('amazon', 'manage-inventory.html'), 'https://sellercentral.amazon.com/myinventory/inventory');
    expect(out?.items).toEqual([
      { itemId: 'B123456789', title: 'Stoneware Coffee Mug, 12 oz, Matte Blue', price: 16.79, stock: 142, status: 'onSale' },
      { itemId: 'B234567890', title: 'Bamboo Coasters, Set of 6', price: 8.75, stock: 0, status: 'delisted' },
      { itemId: 'B345678901', title: 'Ceramic Teapot with Infuser, 34 oz', status: 'onSale' },
    ]);
  });

  it('reads every marketplace in its own currency: € on the European console, ￥ on Japan\'s, each read says which', () => {
    const html = fixtureHtml('amazon', 'manage-inventory.html').replace(/\$(\d+)\.(\d+)/g, '€$1,$2');
    const eu = readPage('amazon', html, 'https://sellercentral-europe.amazon.com/myinventory/inventory');
    expect(eu?.currency).toBe('EUR');
    expect(eu?.items.map((i) => i.price)).toEqual([16.79, 8.75, 15]);
    const yen = fixtureHtml('amazon', 'business-reports-by-date.html').replace(/\$([\d,]+)\.\d+/g, '￥$1');
    const jp = readPage('amazon', yen, BY_DATE.replace('sellercentral.amazon.com', 'sellercentral-japan.amazon.com'));
    expect(jp?.currency).toBe('JPY');
    expect(jp?.shopDays.length).toBe(EXAMPLE_DAYS.length);
  });

  it('leaves out an amount in another currency than the page\'s, never mixing them', () => {
    const html = fixtureHtml('amazon', 'manage-inventory.html').replace('$16.79', 'CA$16.79');
    const out = readPage('amazon', html, 'https://sellercentral.amazon.com/myinventory/inventory');
    expect(out?.currency).toBe('USD');
    expect(out?.items.map((i) => i.price)).toEqual([undefined, 8.75, undefined]);
  });
});

describe('amazon column tables (data)', () => {
  it('by-date and item columns are valid, unambiguous synonym data', () => {
    checkSynonymTable(dayColumns(), [...SHOP_METRIC_KEYS, 'date']);
    checkSynonymTable(itemColumns(), [...ITEM_METRIC_KEYS, 'itemId', 'title', 'price', 'stock', 'status', 'sku']);
  });
});
