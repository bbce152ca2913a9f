import { describe, expect, it } from 'vitest';
import * as pages from '@/lib/platforms/amazon/pages';
import { pageMatrix } from './page-matrix';

pageMatrix('amazon', pages);

describe('Amazon item edit (the title guard is built on this URL)', () => {
  it('detects /abis/listing/edit?asin=…&sku=…', () => {
    expect(pages.detectPage(new URL('https://sellercentral.amazon.com/abis/listing/edit?asin=B0C1234567&sku=MUG-350-BLUE'))).toBe('itemEdit');
  });

  it('tells Business Reports by date (dashboard) from by item (item list), also after a hash change', () => {
    const byDate = new URL('https://sellercentral.amazon.com/business-reports#/report?id=102:SalesTrafficTimeSeries');
    const byItem = new URL('https://sellercentral.amazon.com/business-reports#/report?id=102:DetailSalesTrafficBySKU');
    expect(pages.detectPage(byDate)).toBe('dashboard');
    expect(pages.detectPage(byItem)).toBe('itemList');
  });
});
