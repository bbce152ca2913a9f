import type { Locale } from '@/lib/i18n';
import type { PlatformId } from '@/lib/model/consoles';
import type { Settings, Thresholds } from '@/lib/settings/schema';
import { findListedWords, forbiddenCharacters, type WordHit } from './banned';
import type { TitleRule } from './data/schema';
import { diffTitle, type TitleDiff } from './diff';
import { earlyMorning, firstEarlyMorningMoment, type EarlyMorningStatus } from './early-morning';
import { checkKeywords, repeatedWords, type RepeatedWord } from './keywords';
import { titleLength, type TitleLength } from './length';
import { wordListsFor } from './rules';
import { editThrottle, type ThrottleStatus } from './throttle';

export type TitleThresholds = Pick<
  Thresholds,
  | 'titleMaxCharsChanged'
  | 'titleMaxEditsPerWindow'
  | 'titleEditWindowHours'
  | 'earlyMorningStartHour'
  | 'earlyMorningEndHour'
  | 'editCompareDays'
  | 'tipUvDrop'
  | 'tipConversionDrop'
>;

/** The settings the title checks read (the content script gets exactly these from the background). */
export type TitleSettings = Pick<Settings, 'titleKeywords' | 'extraBannedWords'> & {
  /** Resolved by the background (the seller's choice or the browser's language). */
  language: Locale;
  thresholds: TitleThresholds;
};

export interface TitleCheckInput {
  platform: PlatformId;
  rule: TitleRule;
  /** The title as it was when the page opened (or as last saved). */
  original: string;
  candidate: string;
  settings: TitleSettings;
  /** Times of this item's recorded edits (any tab, any session). */
  editTimes: readonly number[];
  now: number;
}

export interface TitleCheck {
  diff: TitleDiff;
  /** More characters changed than settings allow per edit (seed 003 §3: 3). */
  tooManyChanged: boolean;
  maxCharsChanged: number;
  length: TitleLength;
  words: WordHit[];
  forbiddenChars: string[];
  repeated: RepeatedWord[];
  keywords: { present: string[]; missing: string[] };
  throttle: ThrottleStatus;
  /**
   * When throttle.limitReached: the moment to advise for the next edit — the first early-morning
   * window start at or after throttle.safeAt (safeAt itself when that is already early morning).
   */
  nextEditAt?: number;
  earlyMorning: EarlyMorningStatus;
}

/** Every check the guard and the side panel show, in one pure call. */
export function checkTitle(input: TitleCheckInput): TitleCheck {
  const { rule, candidate, settings, now } = input;
  const t = settings.thresholds;
  const diff = diffTitle(input.original, candidate);
  const throttle = editThrottle(input.editTimes, now, t);
  return {
    diff,
    tooManyChanged: diff.charsChanged > t.titleMaxCharsChanged,
    maxCharsChanged: t.titleMaxCharsChanged,
    length: titleLength(candidate, rule),
    words: findListedWords(candidate, wordListsFor(input.platform), settings.extraBannedWords),
    forbiddenChars: forbiddenCharacters(candidate, rule),
    repeated: repeatedWords(candidate, rule),
    keywords: checkKeywords(candidate, settings.titleKeywords),
    throttle,
    ...(throttle.safeAt !== undefined ? { nextEditAt: firstEarlyMorningMoment(throttle.safeAt, t) } : {}),
    earlyMorning: earlyMorning(now, t),
  };
}
