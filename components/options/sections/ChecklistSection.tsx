import { useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/app/i18n';
import {
  addCustomDuty,
  isDefault,
  listDuties,
  moveDuty,
  removeCustomDuty,
  restoreDefaults,
  setHidden,
  type ChecklistPrefs,
} from '@/lib/checklist/prefs';
import { dutyName } from '@/lib/checklist/text';
import { PAGE_KINDS, type PageKind } from '@/lib/model/consoles';
import { parseSettings, type Settings } from '@/lib/settings/schema';
import { useSaveSettings } from '../useSaveSettings';
import '@/components/sidepanel/checklist.css';

type Save = ReturnType<typeof useSaveSettings>['save'];
type ChangePrefs = (next: (p: ChecklistPrefs) => ChecklistPrefs) => Promise<unknown>;

/** Focus follows the button the seller pressed, even after the list re-renders in a new order. */
type FocusTarget = { id: string; action: 'up' | 'down' | 'hide' };

/**
 * 每日清单: add the seller's own duties, hide, reorder with buttons (keyboard: Tab to a button,
 * Enter/Space), restore defaults; and the optional daily reminder with its time.
 */
export default function ChecklistSection() {
  const t = useT();
  const { settings, save, status } = useSaveSettings();
  const prefs = settings.checklist;
  const change: ChangePrefs = (next) => save((s) => ({ ...s, checklist: next(s.checklist) }));

  return (
    <section aria-labelledby="opt-checklist" className="cl-options">
      <h2 id="opt-checklist">{t('checklist.options.title')}</h2>
      <p className="muted">{t('checklist.options.hint')}</p>

      <DutyList prefs={prefs} change={change} />

      <AddDuty
        onAdd={async (input) => {
          const next = { ...settings, checklist: addCustomDuty(prefs, input, Date.now()).prefs };
          // Checked first, so a refused duty (e.g. the 30-duty limit) keeps what the seller typed.
          const parsed = parseSettings(next);
          if (!parsed.ok) return parsed.error;
          await save(() => next);
          return undefined;
        }}
      />

      {!isDefault(prefs) && <RestoreDefaults customCount={prefs.custom.length} onRestore={() => void change(restoreDefaults)} />}

      <Reminder reminder={settings.reminder} save={save} />
      <p className={`status ${status?.ok === false ? 'bad' : 'good'}`} role="status">
        {status === undefined ? '' : status.ok ? t('options.saved') : t('options.invalid', { reason: status.message ?? '' })}
      </p>
    </section>
  );
}

/** The duties in their order: move up/down, hide/show, delete the seller's own. */
function DutyList({ prefs, change }: { prefs: ChecklistPrefs; change: ChangePrefs }) {
  const t = useT();
  const listed = listDuties(prefs);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [focus, setFocus] = useState<FocusTarget>();

  useEffect(() => {
    if (!focus) return;
    const key = `${focus.id}:${focus.action}`;
    const button = buttons.current.get(key);
    // At the top or bottom the pressed button is disabled now: focus its sibling instead.
    const fallback = buttons.current.get(`${focus.id}:${focus.action === 'up' ? 'down' : 'up'}`);
    (button && !button.disabled ? button : fallback)?.focus();
  }, [focus, prefs]);

  const ref = (id: string, action: FocusTarget['action']) => (el: HTMLButtonElement | null) => {
    buttons.current.set(`${id}:${action}`, el);
  };

  return (
    <ol className="cl-opt-list" aria-label={t('checklist.options.listLabel')}>
      {listed.map(({ duty, hidden }, i) => {
        const name = dutyName(t, duty);
        return (
          <li key={duty.id} data-duty={duty.id} data-hidden={hidden} className={hidden ? 'hidden' : ''}>
            <span className="cl-opt-name">
              {name}
              {!duty.builtIn && <span className="cl-tag">{t('checklist.options.own')}</span>}
              {hidden && <span className="cl-tag muted">{t('checklist.options.hidden')}</span>}
            </span>
            <span className="cl-opt-actions">
              <button
                type="button"
                ref={ref(duty.id, 'up')}
                disabled={i === 0}
                aria-label={t('checklist.options.moveUp', { name })}
                onClick={() => {
                  setFocus({ id: duty.id, action: 'up' });
                  void change((p) => moveDuty(p, duty.id, -1));
                }}
              >
                ↑
              </button>
              <button
                type="button"
                ref={ref(duty.id, 'down')}
                disabled={i === listed.length - 1}
                aria-label={t('checklist.options.moveDown', { name })}
                onClick={() => {
                  setFocus({ id: duty.id, action: 'down' });
                  void change((p) => moveDuty(p, duty.id, 1));
                }}
              >
                ↓
              </button>
              <button
                type="button"
                ref={ref(duty.id, 'hide')}
                aria-label={t(hidden ? 'checklist.options.showLabel' : 'checklist.options.hideLabel', { name })}
                onClick={() => {
                  setFocus({ id: duty.id, action: 'hide' });
                  void change((p) => setHidden(p, duty.id, !hidden));
                }}
              >
                {t(hidden ? 'checklist.options.show' : 'checklist.options.hide')}
              </button>
              {!duty.builtIn && (
                <button
                  type="button"
                  className="cl-del"
                  aria-label={t('checklist.options.deleteLabel', { name })}
                  onClick={() => void change((p) => removeCustomDuty(p, duty.id))}
                >
                  {t('checklist.options.delete')}
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Back to the built-in duties, after a confirmation that says how many own duties go. */
function RestoreDefaults({ customCount, onRestore }: { customCount: number; onRestore(): void }) {
  const t = useT();
  const [confirmRestore, setConfirmRestore] = useState(false);
  return (
    <div className="cl-opt-restore">
      {!confirmRestore ? (
        <button type="button" onClick={() => setConfirmRestore(true)}>
          {t('checklist.options.restore')}
        </button>
      ) : (
        <div role="group" aria-label={t('checklist.options.restore')}>
          <p>{t('checklist.options.restoreConfirm', { count: customCount })}</p>
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => {
              setConfirmRestore(false);
              onRestore();
            }}
          >
            {t('checklist.options.restoreYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirmRestore(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The optional daily reminder: on (asking for the notifications permission) and its time. */
function Reminder({ reminder, save }: { reminder: Settings['reminder']; save: Save }) {
  const t = useT();
  const [reminderError, setReminderError] = useState<string>();

  const setReminder = (enabled: boolean) => {
    setReminderError(undefined);
    if (!enabled) {
      void save((s) => ({ ...s, reminder: { ...s.reminder, enabled: false } }));
      return;
    }
    // Asked for inside the click (a user gesture), as the browser requires.
    const asked = browser.permissions?.request({ permissions: ['notifications'] }) ?? Promise.resolve(false);
    void asked
      .then((granted) => {
        if (!granted) return setReminderError(t('checklist.options.reminderDenied'));
        return save((s) => ({ ...s, reminder: { ...s.reminder, enabled: true } }));
      })
      .catch(() => setReminderError(t('checklist.options.reminderDenied')));
  };

  return (
    <>
      <h3>{t('checklist.options.reminder')}</h3>
      <p className="muted">{t('checklist.options.reminderHint')}</p>
      <label className="cl-opt-check">
        <input type="checkbox" checked={reminder.enabled} onChange={(e) => setReminder(e.target.checked)} />{' '}
        {t('checklist.options.reminderEnable')}
      </label>
      <label className="field">
        <span>{t('checklist.options.reminderTime')}</span>
        <input
          type="time"
          value={reminder.time}
          required
          onChange={(e) => {
            const time = e.target.value;
            if (/^\d{2}:\d{2}$/.test(time)) void save((s) => ({ ...s, reminder: { ...s.reminder, time } }));
          }}
        />
      </label>
      {reminderError && (
        <p className="bad" role="alert">
          {reminderError}
        </p>
      )}
    </>
  );
}

/** Resolves with the reason when the duty could not be added. */
function AddDuty({ onAdd }: { onAdd(input: { name: string; hint: string; pageKinds: PageKind[] }): Promise<string | undefined> }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [hint, setHint] = useState('');
  const [kinds, setKinds] = useState<PageKind[]>([]);
  const [problem, setProblem] = useState<string>();

  return (
    <form
      className="cl-opt-add"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = name.trim();
        if (!trimmed || [...trimmed].length > 40) return setProblem(t('checklist.options.nameRequired'));
        setProblem(undefined);
        void onAdd({ name: trimmed, hint: hint.trim(), pageKinds: kinds }).then((refused) => {
          if (refused) return setProblem(t('options.invalid', { reason: refused }));
          setName('');
          setHint('');
          setKinds([]);
        });
      }}
    >
      <h3 id={`${id}-title`}>{t('checklist.options.addTitle')}</h3>
      <label className="field">
        <span>{t('checklist.options.name')}</span>
        <input
          value={name}
          maxLength={40}
          placeholder={t('checklist.options.namePlaceholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('checklist.options.hintLabel')}</span>
        <input value={hint} maxLength={200} onChange={(e) => setHint(e.target.value)} />
      </label>
      <fieldset className="cl-opt-kinds">
        <legend>{t('checklist.options.pageKinds')}</legend>
        {PAGE_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(e) => setKinds((k) => (e.target.checked ? [...k, kind] : k.filter((x) => x !== kind)))}
            />{' '}
            {t(`checklist.page.${kind}`)}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p id={`${id}-problem`} className="bad" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary">
        {t('checklist.options.add')}
      </button>
    </form>
  );
}
