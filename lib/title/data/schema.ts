import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/model/pages';

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
    source: z.string().min(20),
  })
  .strict();

export const TitleRulesFileSchema = z
  .object({
    $comment: z.string(),
    rules: z.record(z.string().regex(/^[a-z0-9-]+$/), TitleRuleSchema),
  })
  .strict();

export const WORD_KINDS = ['banned', 'risky', 'filler'] as const;

export const WordListSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(WORD_KINDS),
    platforms: z.array(z.enum(PLATFORM_IDS)).min(1),
    source: z.string().min(20),
    words: z.array(Word).min(1),
  })
  .strict();

export const BannedWordsFileSchema = z
  .object({
    $comment: z.string(),
    lists: z.array(WordListSchema).min(1),
  })
  .strict();

export type TitleRule = z.infer<typeof TitleRuleSchema>;
export type WordList = z.infer<typeof WordListSchema>;
export type WordKind = (typeof WORD_KINDS)[number];
