// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMetricsByLabel, traceMetricsByLabel } from '@/lib/extract/labels';
import { ALL_WORDS, pageArb, renderPage } from '../extract/layout-generator';

/**
 * The reader's provenance for the overlay (traceMetricsByLabel) on the same generated layouts as
 * the reader itself: for every metric read, exactly one candidate is chosen, it parses to the
 * value read, and the node it names is on the page and shows (part of) that value's text.
 * Look-alike labels are traced, never chosen.
 */
describe('tracing what the reader read', () => {
  it('names the node of every value read, and chooses what the reader chose', () => {
    fc.assert(
      fc.property(pageArb, ([specs, noise, english]) => {
        document.body.innerHTML = renderPage(specs, noise, english);
        const { values } = readMetricsByLabel(document.body, ALL_WORDS);
        const trace = traceMetricsByLabel(document.body, ALL_WORDS);
        const chosen = trace.filter((t) => t.chosen);
        expect(Object.fromEntries(chosen.filter((t) => t.parsed !== undefined).map((t) => [t.key, t.parsed]))).toEqual(values);
        expect(new Set(chosen.map((t) => t.key)).size).toBe(chosen.length);
        for (const t of chosen) {
          expect(document.body.contains(t.value!)).toBe(true);
          const shown = (t.value!.textContent ?? '').replace(/\s+/g, ' ').trim();
          expect(t.text!.includes(shown) || shown.includes(t.text!)).toBe(true);
        }
        for (const t of trace) if (t.confidence < 0.9) expect(t.chosen).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
