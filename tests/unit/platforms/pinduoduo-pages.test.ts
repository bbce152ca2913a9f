import { describe, expect, it } from 'vitest';
import * as pages from '@/lib/platforms/pinduoduo/pages';
import { pageMatrix } from './page-matrix';

pageMatrix('pinduoduo', pages);

describe('Pinduoduo item edit (the title guard is built on this URL)', () => {
  it('detects goods_add/index?id=…&type=edit', () => {
    expect(pages.detectPage(new URL('https://mms.pinduoduo.com/goods/goods_add/index?id=612345678901&type=edit'))).toBe('itemEdit');
  });
});
