import { formatTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import type { guardZhCN } from '@/lib/i18n/catalog/title';
import type { TitleCheck } from './check';
import { relativeDay } from './when';

/** Any translator that knows the guard's strings (lib/i18n's full one does too). */
export type TitleTranslate = (key: keyof typeof guardZhCN, params?: Record<string, string | number>) => string;

export type NoteLevel = 'bad' | 'warn' | 'info' | 'good';

export interface TitleNote {
  id:
    | 'changed'
    | 'length'
    | 'banned'
    | 'risky'
    | 'filler'
    | 'forbiddenChars'
    | 'repeated'
    | 'keywordsMissing'
    | 'keywordsPresent'
    | 'throttle'
    | 'earlyMorning';
  level: NoteLevel;
  text: string;
}

/** "明天 06:00" / "今天 18:30" / "2026-03-05 06:00". */
export function describeWhen(at: number, now: number, t: TitleTranslate, locale: Locale): string {
  const time = formatTime(at, locale);
  const day = relativeDay(at, now);
  if (day.kind === 'date') return t('title.when.date', { date: day.date, time });
  return t(`title.when.${day.kind}`, { time });
}

/**
 * The check as short sentences in the seller's language — warnings, never blocks. The guard
 * on the page and the side panel show the same notes.
 */
export function describeTitleCheck(check: TitleCheck, t: TitleTranslate, locale: Locale, now: number): TitleNote[] {
  const notes: TitleNote[] = [];
  const list = (words: string[]) => words.join(t('title.listSeparator'));
  const changed = check.diff.charsChanged;
  const pending = changed > 0;

  if (check.tooManyChanged) {
    notes.push({ id: 'changed', level: 'warn', text: t('title.tooManyChanged', { count: changed, max: check.maxCharsChanged }) });
  } else {
    notes.push({ id: 'changed', level: 'info', text: t('title.changed', { count: changed, max: check.maxCharsChanged }) });
  }

  const { length } = check;
  notes.push({
    id: 'length',
    level: length.over ? 'bad' : 'info',
    text: t(length.over ? 'title.tooLong' : 'title.length', {
      value: length.value,
      limit: length.limit,
      unit: t(`title.unit.${length.unit}`),
    }),
  });

  const byKind = (kind: 'banned' | 'risky' | 'filler') => check.words.filter((w) => w.kind === kind).map((w) => w.word);
  const banned = byKind('banned');
  if (banned.length) notes.push({ id: 'banned', level: 'bad', text: t('title.bannedWords', { words: list(banned) }) });
  const risky = byKind('risky');
  if (risky.length) notes.push({ id: 'risky', level: 'warn', text: t('title.riskyWords', { words: list(risky) }) });
  if (check.forbiddenChars.length) {
    notes.push({ id: 'forbiddenChars', level: 'bad', text: t('title.forbiddenChars', { chars: list(check.forbiddenChars) }) });
  }
  if (check.repeated.length) {
    const words = check.repeated.map((r) => t('title.repeatedWord', { word: r.word, count: r.count }));
    notes.push({ id: 'repeated', level: 'warn', text: t('title.repeated', { words: list(words) }) });
  }
  const filler = byKind('filler');
  if (filler.length) notes.push({ id: 'filler', level: 'info', text: t('title.fillerWords', { words: list(filler) }) });
  if (check.keywords.missing.length) {
    notes.push({ id: 'keywordsMissing', level: 'warn', text: t('title.keywordsMissing', { words: list(check.keywords.missing) }) });
  } else if (check.keywords.present.length) {
    notes.push({ id: 'keywordsPresent', level: 'good', text: t('title.keywordsPresent', { words: list(check.keywords.present) }) });
  }

  const th = check.throttle;
  if (th.limitReached) {
    notes.push({
      id: 'throttle',
      level: 'warn',
      text: t('title.throttle', {
        hours: th.windowHours,
        count: th.editsInWindow,
        when: describeWhen(check.nextEditAt!, now, t, locale),
      }),
    });
  } else {
    notes.push({
      id: 'throttle',
      level: 'info',
      text: t('title.throttleOk', { hours: th.windowHours, count: th.editsInWindow, max: th.maxEdits }),
    });
  }

  // The time advice matters only when there is something to save.
  if (pending && check.earlyMorning.enabled && !check.earlyMorning.inWindow) {
    notes.push({ id: 'earlyMorning', level: 'info', text: t('title.earlyMorning', { time: formatTime(now, locale) }) });
  }
  return notes;
}
