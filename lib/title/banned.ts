import type { WordKind, WordList } from './data/schema';
import { graphemes, isEmoji } from './graphemes';

export interface WordHit {
  word: string;
  kind: WordKind;
  /** The list it came from ('seller' for the seller's own list). */
  listId: string;
  count: number;
}

/** Case-insensitive, width-insensitive form for matching (ＮＯ．１ → no.1). */
export const normalizeForMatch = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * Finds listed words in a title. Longer words win: "最佳" is reported once, not also as "最",
 * but a "最" elsewhere in the title is reported on its own. The seller's words count as banned.
 */
export function findListedWords(
  title: string,
  lists: readonly Pick<WordList, 'id' | 'kind' | 'words'>[],
  sellerWords: readonly string[] = [],
): WordHit[] {
  const text = normalizeForMatch(title);
  // One entry per normalised word: the first list naming it wins (bundled lists before the seller's).
  const byKey = new Map<string, { word: string; kind: WordKind; listId: string; key: string }>();
  for (const e of [
    ...lists.flatMap((l) => l.words.map((word) => ({ word, kind: l.kind, listId: l.id }))),
    ...sellerWords.map((word) => ({ word: word.trim(), kind: 'banned' as const, listId: 'seller' })),
  ]) {
    const key = normalizeForMatch(e.word);
    if (key && !byKey.has(key)) byKey.set(key, { ...e, key });
  }
  const entries = [...byKey.values()].sort((a, b) => b.key.length - a.key.length);

  const covered = new Array<boolean>(text.length).fill(false);
  const hits = new Map<string, WordHit>();
  for (const entry of entries) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(entry.key, from);
      if (at < 0) break;
      from = at + entry.key.length;
      let free = true;
      for (let i = at; i < at + entry.key.length; i++) if (covered[i]) free = false;
      if (!free) continue;
      for (let i = at; i < at + entry.key.length; i++) covered[i] = true;
      const hit = hits.get(entry.key);
      if (hit) hit.count++;
      else hits.set(entry.key, { word: entry.word, kind: entry.kind, listId: entry.listId, count: 1 });
    }
  }
  return [...hits.values()];
}

/** Characters the platform forbids in titles, as found (each once). */
export function forbiddenCharacters(
  title: string,
  rule: { forbiddenChars: readonly string[]; forbidEmoji: boolean },
): string[] {
  const found = new Set<string>();
  for (const g of graphemes(title)) {
    if (rule.forbiddenChars.includes(g) || (rule.forbidEmoji && isEmoji(g))) found.add(g);
  }
  return [...found];
}
