import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';
import type { Duty, Text } from './duties';
import { reasonOf, type ReasonText } from './evidence';
import type { DutyState } from './status';
import { clockTime } from '@/lib/day-bounds';

/** Renders checklist texts with a translator (zh-CN or en), for the UI and the worker alike. */

export const renderText = (t: Translate, text: Text, params?: Record<string, string | number>) =>
  'key' in text ? t(text.key, params) : text.text;

export const dutyName = (t: Translate, duty: Duty) => renderText(t, duty.name);

/** Hints quote the seller's own thresholds (30 days without a sale, rating 4.8), not constants. */
export const dutyHint = (t: Translate, duty: Duty, thresholds: Settings['thresholds']) =>
  renderText(t, duty.hint, { days: thresholds.delistNoSaleDays, rating: thresholds.ratingFloor });

export function renderReason(t: Translate, reason: ReasonText): string {
  const refs = Object.fromEntries(Object.entries(reason.refs ?? {}).map(([name, key]) => [name, t(key)]));
  return t(reason.key, { ...reason.params, ...refs });
}

/** The line under a duty that says why it is (not) ticked; undefined for an open duty. */
export function stateReason(
  t: Translate,
  state: DutyState,
  timeZone: string,
): string | undefined {
  if (state.by === 'manual' && state.override) {
    const time = clockTime(state.override.at, timeZone);
    if (state.override.done) return t('checklist.manual.done', { time });
    return t(state.evidence ? 'checklist.manual.undoneOverEvidence' : 'checklist.manual.undone', { time });
  }
  if (state.by === 'auto' && state.evidence) return renderReason(t, reasonOf(state.evidence, timeZone));
  return undefined;
}
