import { diffArrays } from 'diff';
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
   * Characters changed: per changed run, the larger of removed and added. Replacing 3
   * characters with 3 others counts 3 (like an edit distance with substitutions), inserting
   * 2 counts 2, deleting 1 counts 1. Surrounding whitespace is ignored (platforms trim it).
   */
  charsChanged: number;
  /** The characters that were added / removed, in order (for "which characters changed"). */
  added: string[];
  removed: string[];
}

/**
 * Character-level diff of two titles, by grapheme, with jsdiff's Myers algorithm (a minimal
 * insert/delete script). Chinese characters and emoji count as one character each.
 */
export function diffTitle(before: string, after: string): TitleDiff {
  const a = graphemes(before.trim());
  const b = graphemes(after.trim());
  const changes = diffArrays(a, b);
  const segments: DiffSegment[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  let charsChanged = 0;
  let runRemoved = 0;
  let runAdded = 0;
  const closeRun = () => {
    charsChanged += Math.max(runRemoved, runAdded);
    runRemoved = runAdded = 0;
  };
  for (const change of changes) {
    const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    if (kind === 'same') closeRun();
    else if (kind === 'added') {
      runAdded += change.value.length;
      added.push(...change.value);
    } else {
      runRemoved += change.value.length;
      removed.push(...change.value);
    }
    segments.push({ kind, text, count: change.value.length });
  }
  closeRun();
  return { segments, charsChanged, added, removed };
}
