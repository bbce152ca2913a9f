import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useT } from '@/components/app/i18n';
import { checklistProgressbar } from '@/components/app/progressbar';
import { useSettings, useSettingsStore } from '@/components/app/settings-store';
import { useToday } from '@/components/popup/useToday';
import { systemTimeZone } from '@/lib/dates';
import { loadCurrentShop, loadDays } from '@/lib/checklist/load';
import { visibleDuties } from '@/lib/checklist/prefs';
import { db } from '@/lib/db';
import { useSidePanelStore } from './ui-store';
import './checklist.css';

/**
 * Today's checklist progress at the top of the side panel, so a seller working in the
 * console sees it without opening the popup; one tap to the 月度考核表.
 */
export default function ChecklistProgressSlot() {
  const t = useT();
  const settings = useSettings();
  const loaded = useSettingsStore((s) => s.loaded);
  const setTab = useSidePanelStore((s) => s.setTab);
  const zone = useMemo(() => systemTimeZone(), []);
  const { today } = useToday(zone);
  const duties = useMemo(() => visibleDuties(settings.checklist), [settings.checklist]);
  const chosenShop = settings.checklist.shop;
  // The current shop's list (the one the popup and the badge show).
  const day = useLiveQuery(
    async () => (await loadDays(db, duties, today, today, zone, await loadCurrentShop(db, chosenShop)))[0],
    [duties, today, zone, chosenShop],
  );
  if (!loaded || !day) return <span className="cl-slot muted" aria-busy="true">{t('common.loading')}</span>;

  const total = day.states.length;
  const done = day.states.filter((s) => s.done).length;
  const open = day.states.filter((s) => !s.done);
  return (
    <div className="cl-slot" data-testid="checklist-progress">
      <span className="cl-slot-label">{t('checklist.slot.label')}</span>
      <span
        className="cl-slot-bar"
        {...checklistProgressbar(t, done, total)}
        title={open.length ? t('checklist.remaining', { count: open.length }) : t('checklist.allDone')}
      >
        <span style={{ width: `${total ? (100 * done) / total : 0}%` }} className={done === total && total > 0 ? 'full' : ''} />
      </span>
      <span className="cl-slot-count" aria-hidden="true">
        {t('checklist.progress', { done, total })}
      </span>
      <button type="button" className="cl-slot-open" onClick={() => setTab('checklistHistory')} aria-label={t('checklist.slot.openLabel')}>
        {t('checklist.slot.open')}
      </button>
    </div>
  );
}
