// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMetricsByLabel } from '@/lib/extract/labels';
import { oneWalk } from '@/lib/extract/text-nodes';
import { ALL_WORDS, pageArb, renderPage, type Key } from '../extract/layout-generator';

/**
 * The label reader on generated layouts (tests/unit/extract/layout-generator.ts): any subset of
 * the shop's metrics, each in any of the layouts consoles use, with its value whole or split,
 * its label decorated, Chinese or English words, and noise around. Every rendered metric is read
 * with its key and exact value; the previous day's figure under a card is that day's, never the
 * value; comparisons and look-alike labels are never stored.
 */
describe('reading generated console layouts', () => {
  it('reads every metric, whatever the layout', () => {
    fc.assert(
      fc.property(pageArb, ([specs, noise, english]) => {
        document.body.innerHTML = renderPage(specs, noise, english);
        const { values, previousDay } = readMetricsByLabel(document.body, ALL_WORDS);
        // The content script reads inside one shared walk of the page: the same result.
        expect(oneWalk(() => readMetricsByLabel(document.body, ALL_WORDS))).toEqual(readMetricsByLabel(document.body, ALL_WORDS));
        const expected = Object.fromEntries(specs.map((s) => [s.key, s.value]));
        expect(values).toEqual(expected);
        for (const s of specs) {
          if (s.layout === 'valueFirst' && s.previousDay !== undefined) expect(previousDay[s.key as Key]).toBe(s.previousDay);
          else if (previousDay[s.key as Key] !== undefined) expect(previousDay[s.key as Key]).toBe(s.previousDay);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stores nothing from noise alone: look-alikes, rankings and phone numbers', () => {
    fc.assert(
      fc.property(fc.boolean(), (english) => {
        document.body.innerHTML = renderPage([], true, english);
        const read = readMetricsByLabel(document.body, ALL_WORDS);
        expect(read.values).toEqual({});
        expect(read.unsure.map((u) => u.text).sort()).toEqual(['无线端支付金额', '访客数排名']);
      }),
      { numRuns: 5 },
    );
  });
});
