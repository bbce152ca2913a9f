import { useId, useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { useSettings } from '@/components/app/settings-store';
import type { TitleEditRow } from '@/lib/db';
import { formatTime } from '@/lib/format';
import { platformById } from '@/lib/platforms/registry';
import { checkTitle } from '@/lib/title/check';
import { describeTitleCheck, describeWhen } from '@/lib/title/describe';
import { titleRule } from '@/lib/title/rules';
import DiffText from './DiffText';
import type { PickedItem } from './data';

/**
 * Type a candidate title: live diff against the current title, the same checks the page guard
 * shows, the keyword check, and the throttle status (edits in the window, when the next edit
 * is safe, whether now is early morning).
 */
export default function TitleChecker({
  item,
  current,
  edits,
  now,
}: {
  item: PickedItem;
  current: string;
  edits: TitleEditRow[];
  now: number;
}) {
  const t = useT();
  const locale = useLocale();
  const settings = useSettings();
  const id = useId();
  const [candidate, setCandidate] = useState(current);
  const support = platformById(item.platform).itemEdit;
  const rule = support ? titleRule(support.titleRuleId) : titleRule(item.platform);
  if (!rule) return null;

  const check = checkTitle({
    platform: item.platform,
    rule,
    original: current,
    candidate,
    settings: { ...settings, language: locale },
    editTimes: edits.map((e) => e.at),
    now,
  });
  const notes = describeTitleCheck(check, t, locale, now).filter((n) => n.id !== 'throttle' && n.id !== 'earlyMorning');
  const { throttle, earlyMorning } = check;
  const th = settings.thresholds;

  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t('title.panel.candidate')}</label>
        <textarea
          id={id}
          rows={2}
          value={candidate}
          placeholder={t('title.panel.candidateHint')}
          onChange={(e) => setCandidate(e.target.value)}
        />
      </div>
      <DiffText diff={check.diff} label={t('title.panel.candidate')} />
      <h3>{t('title.panel.checks')}</h3>
      <ul className="title-notes" role="status" aria-live="polite">
        {notes.map((n) => (
          <li key={n.id} className={n.level} data-note={n.id}>
            {n.text}
          </li>
        ))}
      </ul>
      <h3>{t('title.panel.throttle')}</h3>
      <ul className="title-notes" data-testid="throttle">
        <li className={throttle.limitReached ? 'warn' : 'info'} data-note="throttle">
          {t('title.panel.editsInWindow', { hours: throttle.windowHours, count: throttle.editsInWindow, max: throttle.maxEdits })}
          {' · '}
          {throttle.limitReached
            ? t('title.panel.safeAt', { when: describeWhen(check.nextEditAt!, now, t, locale) })
            : t('title.panel.safeNow')}
        </li>
        <li className={earlyMorning.enabled && !earlyMorning.inWindow ? 'warn' : 'info'} data-note="earlyMorning">
          {!earlyMorning.enabled
            ? t('title.panel.earlyOff')
            : earlyMorning.inWindow
              ? t('title.panel.earlyIn', { start: th.earlyMorningStartHour, end: th.earlyMorningEndHour })
              : `${t('title.earlyMorning', { time: formatTime(now, locale) })} · ${t('title.panel.earlyOut', {
                  start: th.earlyMorningStartHour,
                  end: th.earlyMorningEndHour,
                  when: describeWhen(earlyMorning.nextStart!, now, t, locale),
                })}`}
        </li>
      </ul>
    </>
  );
}
