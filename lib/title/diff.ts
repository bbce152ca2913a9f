import { graphemes } from './graphemes';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
  /** Characters (graphemes) in this segment. */
  count: number;
}

export interface TitleDiff {
  segments: DiffSegment[];
  /**
   * Characters changed: the edit distance with substitutions (Levenshtein) over graphemes.
   * Replacing 3 characters with 3 others counts 3, inserting 2 counts 2, deleting 1 counts 1.
   * Surrounding whitespace is ignored (platforms trim it).
   */
  charsChanged: number;
  /** The characters that were added / removed, in order (for "which characters changed"). */
  added: string[];
  removed: string[];
}

/**
 * Above this many cells the middle of two very different texts is shown as one replacement:
 * titles are at most a few hundred characters, this only bounds pasted junk.
 */
const MAX_CELLS = 250_000;

/**
 * Character-level diff of two titles, by grapheme: a Chinese character or an emoji is one.
 *
 * Why not jsdiff (installed): its Myers algorithm finds a minimal insert/delete script, which
 * can place the delete and the insert of ONE replaced character in separate runs (纯棉纯 → 纯纯纯
 * would count 2, abc → cba 4). The seller's "characters changed" is an edit distance where a
 * replacement counts once, so the count and the highlighting come from one Levenshtein
 * alignment; after trimming the common prefix and suffix it is a tiny table for a title.
 */
export function diffTitle(before: string, after: string): TitleDiff {
  const a = graphemes(before.trim());
  const b = graphemes(after.trim());
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const segments: DiffSegment[] = [];
  const push = (kind: DiffKind, chars: string[]) => {
    if (chars.length === 0) return;
    const last = segments[segments.length - 1];
    if (last?.kind === kind) {
      last.text += chars.join('');
      last.count += chars.length;
    } else segments.push({ kind, text: chars.join(''), count: chars.length });
  };
  let charsChanged = 0;
  push('same', a.slice(0, start));
  for (const run of align(a.slice(start, endA), b.slice(start, endB))) {
    if (run.same) push('same', run.removed);
    else {
      charsChanged += Math.max(run.removed.length, run.added.length);
      push('removed', run.removed);
      push('added', run.added);
    }
  }
  push('same', a.slice(endA));

  const added = segments.filter((s) => s.kind === 'added').flatMap((s) => graphemes(s.text));
  const removed = segments.filter((s) => s.kind === 'removed').flatMap((s) => graphemes(s.text));
  return { segments, charsChanged, added, removed };
}

interface Run {
  same: boolean;
  removed: string[];
  added: string[];
}

/** Levenshtein alignment as runs of equal characters and runs of changes (removed, then added). */
function align(a: string[], b: string[]): Run[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return n + m ? [{ same: false, removed: a, added: b }] : [];
  const w = m + 1;
  const d = new Uint32Array((n + 1) * w);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * w] = i;
    for (let j = 1; j <= m; j++) {
      const diagonal = d[(i - 1) * w + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      d[i * w + j] = Math.min(diagonal, d[(i - 1) * w + j]! + 1, d[i * w + j - 1]! + 1);
    }
  }
  // Walk back from the end, collecting runs in reverse.
  const runs: Run[] = [];
  const step = (same: boolean, removed?: string, added?: string) => {
    let run = runs[runs.length - 1];
    if (!run || run.same !== same) runs.push((run = { same, removed: [], added: [] }));
    if (removed !== undefined) run.removed.unshift(removed);
    if (added !== undefined) run.added.unshift(added);
  };
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * w + j]!;
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && here === d[(i - 1) * w + j - 1]) {
      step(true, a[--i]);
      j--;
    } else if (i > 0 && j > 0 && here === d[(i - 1) * w + j - 1]! + 1) {
      step(false, a[--i], b[--j]);
    } else if (i > 0 && here === d[(i - 1) * w + j]! + 1) {
      step(false, a[--i]);
    } else {
      step(false, undefined, b[--j]);
    }
  }
  return runs.reverse();
}
