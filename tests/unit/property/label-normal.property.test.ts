import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '@/lib/extract/labels';

// normalizeLabel returns plain labels (CJK ideographs, lower-case ASCII, digits) untouched without
// folding them; a leading space forces the full folding path, which must agree.
const plainChar = fc.oneof(
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
);

describe('normalizeLabel fast path', () => {
  it('a plain label is its own normal form, the same as the full folding gives', () => {
    fc.assert(
      fc.property(fc.array(plainChar, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')), (label) => {
        expect(normalizeLabel(label)).toBe(label);
        expect(normalizeLabel(` ${label}`)).toBe(label);
      }),
      { numRuns: 2000 },
    );
  });
});
