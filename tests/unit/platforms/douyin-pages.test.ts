import { describe, expect, it } from 'vitest';
import * as pages from '@/lib/platforms/douyin/pages';
import { pageMatrix } from './page-matrix';

pageMatrix('douyin', pages);

describe('Douyin item edit (the title guard is built on this URL)', () => {
  it('detects /ffa/g/create?product_id=…', () => {
    expect(pages.detectPage(new URL('https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456'))).toBe('itemEdit');
  });
});
