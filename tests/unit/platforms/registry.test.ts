import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, PLATFORM_IDS, type PageKind } from '@/lib/model/consoles';
import { ALL_CONSOLE_MATCHES } from '@/lib/platforms/matches';
import { OBSERVED_ENDPOINTS, OBSERVER_MATCHES } from '@/lib/platforms/observed';
import { readersOf } from '@/lib/platforms/readers';
import { CATALOGS } from '@/lib/i18n';
import { CONSOLE_MATCHES, PLATFORMS, consoleNameOf, currencyAt, detect } from '@/lib/platforms/registry';

/**
 * Meta-test keeping the platform convention honest (refined-github's features test): every
 * registered platform runs only on seller-console https hosts, detects pages, and lists real
 * console URLs per page kind in `PAGE_EXAMPLES` beside its detectors (lib/platforms/<id>/pages.ts).
 */
const pagesModules = import.meta.glob<{ PAGE_EXAMPLES?: Partial<Record<PageKind, string[]>> }>('@/lib/platforms/*/pages.ts', {
  eager: true,
});
const examplesOf = (id: string) =>
  Object.entries(pagesModules).find(([file]) => file.endsWith(`/platforms/${id}/pages.ts`))?.[1].PAGE_EXAMPLES;

/** Hosts shoppers use: a seller tool has no business there. */
const BUYER_HOSTS = [
  'www.taobao.com', 'item.taobao.com', 's.taobao.com', 'detail.tmall.com', 'www.tmall.com', 'rate.taobao.com',
  'www.jd.com', 'item.jd.com', 'search.jd.com', 'mobile.yangkeduo.com', 'www.pinduoduo.com', 'haohuo.jinritemai.com',
  'www.douyin.com', 'www.amazon.com', 'www.amazon.co.uk', 'www.amazon.de', 'www.amazon.co.jp',
];

describe('platform registry', () => {
  it('registers every platform id once', () => {
    expect(PLATFORMS.map((p) => p.id).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  describe.each(PLATFORMS.map((p) => [p.id, p] as const))('%s', (id, platform) => {
    it('matches only named https seller-console hosts', () => {
      expect(platform.matches.length).toBeGreaterThan(0);
      for (const pattern of platform.matches) {
        const m = /^https:\/\/([^/*]+)\/(.*)$/.exec(pattern);
        expect(m, `${pattern}: https, a named host (no wildcards), a path`).not.toBeNull();
        expect(BUYER_HOSTS, `${pattern} is a shoppers' host`).not.toContain(m![1]);
      }
    });

    it('detects pages and lists example URLs for them in PAGE_EXAMPLES', () => {
      expect(typeof platform.detectPage).toBe('function');
      const examples = examplesOf(id);
      expect(examples, `lib/platforms/${id}/pages.ts exports PAGE_EXAMPLES`).toBeDefined();
      const kinds = Object.keys(examples ?? {});
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds) expect(PAGE_KINDS).toContain(kind);
      for (const [kind, urls] of Object.entries(examples ?? {})) {
        expect(urls.length, `${id} ${kind}`).toBeGreaterThan(0);
        for (const href of urls) {
          const url = new URL(href);
          expect(url.protocol).toBe('https:');
          const found = detect(url);
          expect(found?.platform.id, `${href} is covered by ${id}'s matches`).toBe(id);
          expect(found?.pageKind, href).toBe(kind);
        }
      }
    });

    it('names the console of every host it matches, in both languages (the 今日读取 list shows it)', () => {
      const hosts = platform.matches.map((m) => new URL(m.replace(/\*$/, '')).hostname);
      expect(Object.keys(platform.consoles).sort()).toEqual([...new Set(hosts)].sort());
      for (const host of hosts) {
        const key = consoleNameOf(new URL(`https://${host}/`));
        expect(key, host).toBe(platform.consoles[host]);
        expect(CATALOGS['zh-CN'][key!], `${host} zh-CN`).toMatch(/\S/);
        expect(CATALOGS.en[key!], `${host} en`).toMatch(/\S/);
      }
    });

    it('has at least the dashboard, item list and item edit pages', () => {
      const kinds = Object.keys(examplesOf(id) ?? {});
      for (const kind of ['dashboard', 'itemList', 'itemEdit']) expect(kinds, `${id} ${kind}`).toContain(kind);
    });
  });

  it('the light match list (site access) is the consoles', () => {
    expect([...ALL_CONSOLE_MATCHES].sort()).toEqual([...CONSOLE_MATCHES].sort());
  });

  it('the page-world observer runs only on console pages whose own JSON is read, and on each of those', () => {
    for (const pattern of OBSERVER_MATCHES) expect(CONSOLE_MATCHES, pattern).toContain(pattern);
    for (const platform of PLATFORMS) {
      expect(platform.observedHosts.length > 0, platform.id).toBe(platform.endpoints.length > 0);
      for (const host of platform.observedHosts) expect(OBSERVER_MATCHES).toContain(`https://${host}/*`);
    }
  });

  it('every endpoint matcher has a background reader of the same id, and the observer knows it', () => {
    for (const platform of PLATFORMS) {
      expect(readersOf(platform.id).map((r) => r.id), platform.id).toEqual(platform.endpoints.map((e) => e.id));
      for (const e of platform.endpoints) expect(OBSERVED_ENDPOINTS.map((o) => o.id), `${platform.id} ${e.id} in endpoints.ts`).toContain(e.id);
    }
  });

  it('knows the currency each console prints: Amazon by marketplace, the Chinese consoles yuan', () => {
    const at = (id: string, href: string) => currencyAt(PLATFORMS.find((p) => p.id === id)!, new URL(href));
    expect(at('amazon', 'https://sellercentral.amazon.com/business-reports')).toBe('USD');
    expect(at('amazon', 'https://sellercentral-europe.amazon.com/business-reports')).toBe('EUR');
    expect(at('amazon', 'https://sellercentral-japan.amazon.com/business-reports')).toBe('JPY');
    expect(at('amazon', 'https://advertising.amazon.com/cm/campaigns')).toBe('USD');
    for (const id of ['taobao', 'pinduoduo', 'jd', 'douyin']) {
      for (const m of PLATFORMS.find((p) => p.id === id)!.matches) expect(at(id, m.replace(/\*$/, '')), m).toBe('CNY');
    }
  });

  it('names no console off the consoles', () => {
    expect(consoleNameOf(new URL('https://www.taobao.com/'))).toBeUndefined();
    expect(consoleNameOf(new URL('https://www.amazon.com/dp/B123456789'))).toBeUndefined();
  });

  it('no two platforms claim the same host', () => {
    const hosts = PLATFORMS.flatMap((p) => p.matches.map((m) => [new URL(m.replace(/\*$/, '')).host, p.id] as const));
    const owners = new Map<string, Set<string>>();
    for (const [host, id] of hosts) owners.set(host, (owners.get(host) ?? new Set()).add(id));
    for (const [host, ids] of owners) expect([host, ids.size]).toEqual([host, 1]);
  });
});
