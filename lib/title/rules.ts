import type { PlatformId } from '@/lib/model/consoles';
import type { TitleRule, WordList } from './data/schema';
// Named imports: the bundle keeps only `rules` and `lists`, not the `sources` notes.
import { rules } from './data/title-rules.json';
import { lists } from './data/banned-words.json';

export type { TitleRule, WordList, WordKind } from './data/schema';

// Typed by the schema; the JSON itself is validated by tests/unit/title/data.test.ts.
const RULES = rules as Record<string, TitleRule>;
const LISTS = lists as WordList[];

/** The title rule for a platform's edit page (ItemEditSupport.titleRuleId). */
export function titleRule(id: string): TitleRule | undefined {
  return Object.hasOwn(RULES, id) ? RULES[id] : undefined;
}

/** The bundled word lists that apply on a platform. */
export function wordListsFor(platform: PlatformId): WordList[] {
  return LISTS.filter((l) => l.platforms.includes(platform));
}
