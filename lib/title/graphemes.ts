/**
 * User-perceived characters. A Chinese character, an emoji with its skin tone, a flag or an
 * accented letter is ONE character here, as the seller sees it (Intl.Segmenter graphemes).
 */
// Made on first use, not at module load: constructing it loads ICU break data (~16 ms measured
// on the console page by the page-cost bench), which pages without a title field never need.
let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
/** Han ideographs (CJK unified, extensions, compatibility). */
export const isHan = (grapheme: string) => /^\p{Script=Han}$/u.test(grapheme);

/** Emoji the platforms refuse in titles: pictographs, flags, keycaps (not plain digits or ©). */
export const isEmoji = (grapheme: string) =>
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u.test(grapheme);
