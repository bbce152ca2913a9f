/**
 * The seller's word lists as typed in the options page, one word per line. The limits mirror
 * lib/settings/schema.ts (titleKeywords / extraBannedWords); a test keeps them in step.
 */
export const WORD_LIST_LIMITS = {
  titleKeywords: { maxWords: 100, maxLength: 30 },
  extraBannedWords: { maxWords: 500, maxLength: 30 },
} as const;

export type WordListProblem =
  | { kind: 'tooLong'; line: number; word: string; max: number }
  | { kind: 'tooMany'; count: number; max: number }
  | { kind: 'duplicate'; word: string };

/** Lines → words (trimmed, empty lines skipped), or every problem found, each with where it is. */
export function parseWordList(
  text: string,
  limits: { maxWords: number; maxLength: number },
): { ok: true; words: string[] } | { ok: false; problems: WordListProblem[] } {
  const problems: WordListProblem[] = [];
  const words: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const word = raw.trim();
    if (!word) return;
    if ([...word].length > limits.maxLength) problems.push({ kind: 'tooLong', line: index + 1, word, max: limits.maxLength });
    const key = word.normalize('NFKC').toLowerCase();
    if (seen.has(key)) problems.push({ kind: 'duplicate', word });
    seen.add(key);
    words.push(word);
  });
  if (words.length > limits.maxWords) problems.push({ kind: 'tooMany', count: words.length, max: limits.maxWords });
  return problems.length ? { ok: false, problems } : { ok: true, words };
}
