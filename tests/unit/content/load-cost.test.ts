// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLATFORM_IDS } from '@/lib/model/consoles';

/**
 * The console content script loads on every console page from document_start: importing it must
 * build nothing (label tables and lookups are made on the first read, for this console only).
 * Counted: tables made through lib/once.ts, URL match patterns compiled, grapheme segmenters.
 */
const made = vi.hoisted(() => ({ tables: 0, patterns: 0 }));
vi.mock('@/lib/once', () => ({
  once: <T>(make: () => T) => {
    let value: { v: T } | undefined;
    return () => {
      if (!value) {
        made.tables++;
        value = { v: make() };
      }
      return value.v;
    };
  },
}));
vi.mock('wxt/utils/match-patterns', async (original) => {
  const real = await original<typeof import('wxt/utils/match-patterns')>();
  class CountedMatchPattern extends real.MatchPattern {
    constructor(pattern: string) {
      made.patterns++;
      super(pattern);
    }
  }
  return { ...real, MatchPattern: CountedMatchPattern };
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('loading a console content script', () => {
  it.each(PLATFORM_IDS)('%s: builds no label table, match pattern or segmenter at import', async (id) => {
    made.tables = 0;
    made.patterns = 0;
    // Segmenters made by ShopMate's code (the test runner's own logger makes one on first import).
    const Real = Intl.Segmenter;
    let segmenters = 0;
    vi.spyOn(Intl, 'Segmenter').mockImplementation(function (...args: ConstructorParameters<typeof Intl.Segmenter>) {
      if (!/node_modules/.test(new Error().stack?.split('\n')[3] ?? '')) segmenters++;
      return new Real(...args);
    } as unknown as typeof Intl.Segmenter);
    const script = (await import(`@/lib/platforms/${id}/content-script.ts`)).default as { main: unknown };
    expect(typeof script.main).toBe('function');
    expect(made).toEqual({ tables: 0, patterns: 0 });
    expect(segmenters).toBe(0);
  });

  it('the counters see a table when one is made (the test can fail)', async () => {
    made.tables = 0;
    const { cnShopLabels } = await import('@/lib/extract/synonyms');
    cnShopLabels();
    expect(made.tables).toBe(1);
  });
});
