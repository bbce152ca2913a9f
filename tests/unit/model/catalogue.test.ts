import { describe, expect, it } from 'vitest';
import { METRIC_KINDS } from '@/lib/extract/kinds';
import { cnItemLabels, cnShopLabels, amazonWords, consoleLabels } from '@/lib/extract/synonyms';
import { CATALOGS } from '@/lib/i18n';
import { REPORT_FORMATS } from '@/lib/import/formats';
import { CATALOGUE, ITEM_METRIC_KEYS, METRIC_KEYS, SHOP_METRIC_KEYS, type MetricDef } from '@/lib/model/catalogue';
import { ItemMetricsSchema, ShopMetricsSchema } from '@/lib/model/schemas';

/**
 * The metric catalogue is the one place a metric is described: every entry is complete, and
 * every list the code uses is generated from it — so adding a metric is one entry.
 */
const entries = METRIC_KEYS.map((key) => [key, CATALOGUE[key] as MetricDef] as const);

describe('the metric catalogue (meta-test)', () => {
  it.each(entries)('%s has a scope, a kind, a combine rule, a direction, a rollup column and words', (key, def) => {
    expect(def.scopes.length).toBeGreaterThan(0);
    expect(['money', 'count', 'ratio', 'score', 'duration']).toContain(def.kind);
    expect(['sum', 'ratioOfSums', 'latest', 'uvWeighted']).toContain(def.combine);
    expect(typeof def.upIsGood).toBe('boolean');
    expect(def).toHaveProperty('rollup'); // a column name, or null: declared either way
    const words = Object.values(def.words).flat();
    expect(words.length, `${key} has no words`).toBeGreaterThan(0);
  });

  it.each(entries)('%s has its label in both languages', (key) => {
    expect(CATALOGS['zh-CN'][`metric.${key}` as keyof (typeof CATALOGS)['zh-CN']]).toBeTruthy();
    expect(CATALOGS.en[`metric.${key}` as keyof (typeof CATALOGS)['en']]).toBeTruthy();
  });

  it.each(entries)('%s has import words, or says why no export carries it', (key, def) => {
    const words = Object.values(def.exports).flat();
    if (words.length === 0) expect(def.noExport, `${key}: no export words and no reason`).toBeTruthy();
    else expect(def.noExport).toBeUndefined();
    // Every report id it names is a format ShopMate imports.
    for (const id of Object.keys(def.exports)) expect(REPORT_FORMATS.map((f) => f.id)).toContain(id);
  });

  it('a derivation names metrics of the catalogue, and only ratios of sums are derived', () => {
    for (const [key, def] of entries) {
      if (!def.derive) continue;
      expect(METRIC_KEYS, key).toContain(def.derive.numerator);
      expect(METRIC_KEYS, key).toContain(def.derive.denominator);
      expect(def.combine, key).toBe('ratioOfSums');
    }
  });

  it('every list of metrics in the code is generated from it', () => {
    expect([...new Set([...SHOP_METRIC_KEYS, ...ITEM_METRIC_KEYS])].sort()).toEqual([...METRIC_KEYS].sort());
    expect(Object.keys(METRIC_KINDS).sort()).toEqual([...METRIC_KEYS].sort());
    expect(Object.keys(cnShopLabels()).sort()).toEqual([...SHOP_METRIC_KEYS].sort());
    expect(Object.keys(cnItemLabels()).sort()).toEqual([...ITEM_METRIC_KEYS].sort());
    for (const platform of ['taobao', 'pinduoduo', 'jd', 'douyin'] as const) {
      expect(Object.keys(consoleLabels(platform, 'item')).sort()).toEqual([...ITEM_METRIC_KEYS].sort());
    }
    // The zod schemas at the trust boundaries accept exactly the catalogue's keys.
    const all = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 1]));
    expect(ShopMetricsSchema.safeParse(all(SHOP_METRIC_KEYS)).success).toBe(true);
    expect(ItemMetricsSchema.safeParse(all(ITEM_METRIC_KEYS)).success).toBe(true);
    expect(ShopMetricsSchema.safeParse({ notAMetric: 1 }).success).toBe(false);
  });

  it("every import format's metric columns are the catalogue's words", () => {
    for (const format of REPORT_FORMATS) {
      for (const [key, words] of Object.entries(format.columns)) {
        if (!(key in CATALOGUE)) continue;
        const def = CATALOGUE[key as keyof typeof CATALOGUE] as MetricDef;
        const known = format.platform === 'amazon' ? amazonWords(key as keyof typeof CATALOGUE) : def.exports[format.id];
        expect(known, `${format.id} ${key}`).toEqual(words);
      }
    }
  });

  it('no word names two metrics on one console (a page could not tell them apart)', () => {
    for (const platform of ['taobao', 'pinduoduo', 'jd', 'douyin'] as const) {
      for (const scope of ['shop', 'item'] as const) {
        const owner = new Map<string, string>();
        for (const [key, words] of Object.entries(consoleLabels(platform, scope as 'shop'))) {
          for (const word of words as string[]) {
            expect(owner.get(word) ?? key, `${platform} ${scope}: "${word}"`).toBe(key);
            owner.set(word, key);
          }
        }
      }
    }
  });
});
