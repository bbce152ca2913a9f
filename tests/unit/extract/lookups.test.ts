import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_LABELS, boundaryTable, computeLookup, mergeLookups, type LabelSynonyms } from '@/lib/extract/labels';
import { amazonLabels, cnItemLabels, cnShopLabels, consoleLabels } from '@/lib/extract/synonyms';
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS } from '@/lib/model/catalogue';
import { PLATFORM_IDS } from '@/lib/model/consoles';
import { builtInShopLabels } from '@/lib/rules/labels';

// A card's value search stops at other metric words (boundaries): the reader joins each table's lookup
// with the boundary words' instead of normalising both again for every table.
const boundaries = boundaryTable(BOUNDARY_LABELS);
const joined = (labels: LabelSynonyms<string>) => mergeLookups(computeLookup(labels), computeLookup(boundaries));
const together = (labels: LabelSynonyms<string>) => computeLookup({ ...labels, ...boundaries });

describe('mergeLookups', () => {
  it('gives what one lookup of both tables gives, for every label table the readers use', () => {
    const tables: LabelSynonyms<string>[] = [
      cnShopLabels(),
      cnItemLabels(),
      amazonLabels(SHOP_METRIC_KEYS),
      amazonLabels(ITEM_METRIC_KEYS),
      ...(['taobao', 'pinduoduo', 'jd', 'douyin'] as const).flatMap((p) => [consoleLabels(p, 'shop'), consoleLabels(p, 'item')]),
      ...PLATFORM_IDS.map((p) => builtInShopLabels(p)),
    ];
    for (const table of tables) {
      const a = joined(table);
      const b = together(table);
      expect([...a.exact]).toEqual([...b.exact]);
      expect(new Map(a.prefixes)).toEqual(new Map(b.prefixes));
      expect(a.firstChars).toEqual(b.firstChars);
      expect(a.tails).toEqual(b.tails);
    }
  });

  it('and for generated tables that share words and first characters with the boundaries', () => {
    const word = fc.oneof(fc.constantFrom(...BOUNDARY_LABELS), fc.stringMatching(/^[访客支付金额转化率UVpv（）() :]{1,8}$/));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('uv', 'pv', 'salesAmount', 'buyers', 'conversionRate'), fc.array(word, { maxLength: 6 })), (table) => {
        const a = joined(table);
        const b = together(table);
        expect([...a.exact]).toEqual([...b.exact]);
        for (const [char, list] of b.prefixes) expect(a.prefixes.get(char)).toEqual(list);
        expect(a.prefixes.size).toBe(b.prefixes.size);
        expect(a.firstChars).toEqual(b.firstChars);
        expect(a.tails).toEqual(b.tails);
      }),
      { numRuns: 2000 },
    );
  });
});
