import { graphemes } from './graphemes';
import type { TitleRule } from './data/schema';

export interface TitleLength {
  value: number;
  limit: number;
  unit: TitleRule['unit'];
  over: boolean;
}

/**
 * Title length in the platform's own unit. 'bytes' is the Chinese consoles' counting
 * (30 汉字 = 60 字符): ASCII counts 1, any other code point 2. 'chars' counts graphemes.
 * Surrounding whitespace is not counted (the consoles trim it).
 */
export function titleLength(title: string, rule: Pick<TitleRule, 'unit' | 'limit'>): TitleLength {
  const text = title.trim();
  let value = 0;
  if (rule.unit === 'bytes') {
    for (const ch of text) value += ch.codePointAt(0)! <= 0x7f ? 1 : 2;
  } else {
    value = graphemes(text).length;
  }
  return { value, limit: rule.limit, unit: rule.unit, over: value > rule.limit };
}
