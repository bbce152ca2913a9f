import { useId, useState } from 'react';
import { useT } from '@/components/app/i18n';
import { dutyLink } from '@/lib/checklist/links';
import type { DutyState } from '@/lib/checklist/status';
import { dutyHint, dutyName, stateReason } from '@/lib/checklist/text';
import type { PlatformId } from '@/lib/model/consoles';
import type { Settings } from '@/lib/settings/schema';
import NoteForm from './NoteForm';

/**
 * One duty: a real checkbox labelled with its name, its hint and why it is ticked
 * (described-by, so a screen reader reads them), and one tap to where it is done.
 */
export default function DutyItem(props: {
  state: DutyState;
  platform: PlatformId;
  zone: string;
  thresholds: Settings['thresholds'];
  onChange(done: boolean): void;
  onOpenSidePanel(): void;
}) {
  const t = useT();
  const id = useId();
  const [writing, setWriting] = useState(false);
  const { state, platform, zone } = props;
  const { duty } = state;
  const name = dutyName(t, duty);
  const hint = dutyHint(t, duty, props.thresholds);
  const reason = stateReason(t, state, zone);
  const link = dutyLink(duty, platform);
  // A done duty shows why it is done; an open one shows what to do (keeps the 600 px popup short).
  const showHint = !state.done;
  const described = [showHint ? `${id}-hint` : '', reason ? `${id}-why` : ''].filter(Boolean).join(' ');

  return (
    <li className="pp-duty" data-duty={duty.id} data-done={state.done} data-by={state.by}>
      <input
        type="checkbox"
        id={`${id}-cb`}
        checked={state.done}
        onChange={(e) => props.onChange(e.target.checked)}
        aria-describedby={described || undefined}
      />
      <div className="pp-duty-body">
        <label htmlFor={`${id}-cb`} className="pp-duty-name">
          {name}
        </label>
        {showHint && (
          <p id={`${id}-hint`} className="pp-duty-hint muted">
            {hint}
          </p>
        )}
        {showHint && duty.steps.length > 0 && (
          <ul className="pp-steps muted">
            {duty.steps.map((step) => (
              <li key={step}>{t(step)}</li>
            ))}
          </ul>
        )}
        {reason && (
          <p id={`${id}-why`} className={`pp-why ${state.by}`}>
            {reason}
          </p>
        )}
        {writing && <NoteForm onDone={() => setWriting(false)} />}
      </div>
      <div className="pp-duty-go">
        {link ? (
          <a
            href={link.url}
            target="_blank"
            rel="noreferrer"
            aria-label={t('checklist.linkLabel', { platform: t(`platform.${platform}`), page: t(`checklist.page.${link.pageKind}`) })}
          >
            {t('checklist.link', { page: t(`checklist.page.${link.pageKind}`) })}
          </a>
        ) : duty.action === 'campaignReview' ? (
          <button type="button" className="link" onClick={props.onOpenSidePanel} aria-label={t('checklist.action.campaignReviewLabel')}>
            {t('checklist.action.campaignReview')}
          </button>
        ) : duty.action === 'note' ? (
          <button type="button" className="link" aria-expanded={writing} onClick={() => setWriting((w) => !w)}>
            {t('checklist.action.note')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
