import { describe, expect, it } from 'vitest';
import * as pages from '@/lib/platforms/jd/pages';
import { pageMatrix } from './page-matrix';

pageMatrix('jd', pages);

describe('JD item edit (the title guard is built on this URL)', () => {
  it('detects /jdm/ware/edit?wareId=…', () => {
    expect(pages.detectPage(new URL('https://shop.jd.com/jdm/ware/edit?wareId=100012043978'))).toBe('itemEdit');
  });
});
