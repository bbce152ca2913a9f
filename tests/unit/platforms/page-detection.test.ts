import { host, hostPath, pageKinds, path, under } from '@/lib/platforms/page-detection';

/** The helper every platform's pages.ts declares its detectors with. */
describe('pageKinds', () => {
  it('keeps each detector with its example URLs and detects in PAGE_KINDS order', () => {
    const pages = pageKinds();
    const isTrade = pages.add('trade', (url: URL) => url.pathname.startsWith('/t'), ['https://x.example/t']);
    pages.add('dashboard', (url: URL) => url.pathname.startsWith('/'), ['https://x.example/']);
    expect(pages.examples).toEqual({ trade: ['https://x.example/t'], dashboard: ['https://x.example/'] });
    expect(pages.detectors.trade).toBe(isTrade);
    // Both say yes to /t: dashboard comes first in PAGE_KINDS (only a tie-break; real detectors do not overlap).
    expect(pages.detect(new URL('https://x.example/t'))).toBe('dashboard');
    expect(pageKinds().detect(new URL('https://x.example/'))).toBeUndefined();
  });

  it('matches https hosts exactly and paths by whole segments', () => {
    const url = new URL('https://sycm.taobao.com/Flow/monitor/');
    expect(host(url, 'sycm.taobao.com')).toBe(true);
    expect(host(new URL('http://sycm.taobao.com/'), 'sycm.taobao.com')).toBe(false);
    expect(host(new URL('https://sycm.taobao.com.evil.example/'), 'sycm.taobao.com')).toBe(false);
    expect(path(url)).toBe('/flow/monitor');
    expect(under(url, ['/flow'])).toBe(true);
    expect(under(url, ['/flo'])).toBe(false);
    expect(hostPath(url, 'sycm.taobao.com', ['/flow/monitor'])).toBe(true);
  });
});
