import { describe, expect, it } from 'vitest';
import { chipWidth } from '@/components/guidance/layer';

/**
 * The in-page layer places chips by a width worked out from the chip's font size (11 px), not
 * measured on the page (a forced layout and the first CJK shaping in the console's renderer):
 * never narrower than the chip as drawn, so a chip placed by it covers none of the console's text.
 */
describe('chip widths', () => {
  it('a CJK character is 1 em, plus the chip’s 12 px of padding', () => {
    expect(chipWidth('下架候选')).toBe(4 * 11 + 12);
  });

  it('digits, signs and spaces by their class, rounded up', () => {
    expect(chipWidth('↓27%')).toBe(Math.ceil((0.85 + 0.65 + 0.65 + 1) * 11) + 12);
    expect(chipWidth('衰退期 · 评分预警')).toBe(Math.ceil((7 + 3 * 0.35) * 11) + 12);
  });

  it('a longer form is never narrower', () => {
    expect(chipWidth('衰退期 · 评分预警')).toBeGreaterThan(chipWidth('衰退期 +1'));
    expect(chipWidth('衰退期 +1')).toBeGreaterThan(chipWidth('衰退期'));
  });
});
