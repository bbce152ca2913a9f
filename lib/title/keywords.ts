import { normalizeForMatch } from './banned';
import { graphemes, isHan } from './graphemes';

/** Which of the shop's selling-point keywords (卖点词, settings.titleKeywords) the title carries. */
export function checkKeywords(
  title: string,
  keywords: readonly string[],
): { present: string[]; missing: string[] } {
  const text = normalizeForMatch(title).replace(/\s+/g, '');
  const present: string[] = [];
  const missing: string[] = [];
  for (const keyword of new Set(keywords.map((k) => k.trim()).filter(Boolean))) {
    (text.includes(normalizeForMatch(keyword).replace(/\s+/g, '')) ? present : missing).push(keyword);
  }
  return { present, missing };
}

export interface RepeatedWord {
  word: string;
  count: number;
}

/**
 * Words used more often than the platform allows. Latin words are split on non-letters
 * (stop words ignored); Chinese has no spaces, so a repeated run of 2+ Han characters counts
 * as a repeated word (纯棉…纯棉). Deterministic: no dictionary segmentation, which differs
 * between browsers.
 */
export function repeatedWords(
  title: string,
  rule: { maxWordRepeats: number; stopWords: readonly string[] },
): RepeatedWord[] {
  const result: RepeatedWord[] = [];
  const text = title.normalize('NFKC');

  const latin = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{Script=Latin}\d]+(?:['’][\p{Script=Latin}]+)?/gu)) {
    const word = m[0];
    if (word.length < 2 || /^\d+$/.test(word) || rule.stopWords.includes(word)) continue;
    latin.set(word, (latin.get(word) ?? 0) + 1);
  }
  for (const [word, count] of latin) if (count > rule.maxWordRepeats) result.push({ word, count });

  // Han runs: longest repeated substrings first; shorter ones inside a reported one are skipped.
  const runs = text.split(/[^\p{Script=Han}]+/u).filter(Boolean).map(graphemes);
  const reported: string[] = [];
  const longest = Math.max(0, ...runs.map((r) => r.length));
  for (let n = longest; n >= 2; n--) {
    const counts = new Map<string, number>();
    for (const run of runs) {
      let i = 0;
      while (i + n <= run.length) {
        const word = run.slice(i, i + n).join('');
        counts.set(word, (counts.get(word) ?? 0) + 1);
        i++;
      }
    }
    for (const [word, count] of counts) {
      if (count <= rule.maxWordRepeats || reported.some((r) => r.includes(word))) continue;
      if (!graphemes(word).every(isHan)) continue;
      // Count non-overlapping occurrences (叶叶叶 is not "叶叶" twice).
      const occurrences = nonOverlapping(text, word);
      if (occurrences <= rule.maxWordRepeats) continue;
      reported.push(word);
      result.push({ word, count: occurrences });
    }
  }
  return result;
}

function nonOverlapping(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}
