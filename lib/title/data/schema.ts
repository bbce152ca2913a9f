import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/model/consoles';

/**
 * Schemas of the title data files. Tests validate the files with them; runtime code imports
 * the JSON typed by these (no zod in the content script, which must stay small).
 */

const Word = z
  .string()
  .min(1)
  .max(40)
  .refine((w) => w === w.trim(), 'no surrounding spaces');

export const TitleRuleSchema = z
  .object({
    unit: z.enum(['bytes', 'chars']),
    limit: z.number().int().positive().max(1000),
    forbiddenChars: z.array(z.string().length(1)),
    forbidEmoji: z.boolean(),
    /** A word may appear at most this many times (Amazon: 2; Chinese platforms: advice 1). */
    maxWordRepeats: z.number().int().min(1).max(10),
    /** Words never counted as repeats (Amazon: prepositions, articles, conjunctions). */
    stopWords: z.array(Word),
    verified: z.boolean(),
  })
  .strict();

const Id = z.string().regex(/^[a-z0-9-]+$/);
/** Where each entry comes from, keyed by id: every entry has one, and no source is orphaned. */
const Sources = z.record(Id, z.string().min(20));
const sameIds = (sources: Record<string, string>, ids: string[]) =>
  ids.length === Object.keys(sources).length && ids.every((id) => Object.hasOwn(sources, id));

export const TitleRulesFileSchema = z
  .object({
    $comment: z.string(),
    sources: Sources,
    rules: z.record(Id, TitleRuleSchema),
  })
  .strict()
  .refine((f) => sameIds(f.sources, Object.keys(f.rules)), 'every rule needs exactly one source');

export const WORD_KINDS = ['banned', 'risky', 'filler'] as const;

export const WordListSchema = z
  .object({
    id: Id,
    kind: z.enum(WORD_KINDS),
    platforms: z.array(z.enum(PLATFORM_IDS)).min(1),
    words: z.array(Word).min(1),
  })
  .strict();

export const BannedWordsFileSchema = z
  .object({
    $comment: z.string(),
    sources: Sources,
    lists: z.array(WordListSchema).min(1),
  })
  .strict()
  .refine((f) => sameIds(f.sources, f.lists.map((l) => l.id)), 'every list needs exactly one source');

export type TitleRule = z.infer<typeof TitleRuleSchema>;
export type WordList = z.infer<typeof WordListSchema>;
export type WordKind = (typeof WORD_KINDS)[number];
