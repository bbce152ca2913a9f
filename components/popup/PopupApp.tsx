import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useLocale, useT } from '@/components/app/i18n';
import { useSettings, useSettingsStore } from '@/components/app/settings-store';
import { systemTimeZone } from '@/lib/dates';
import { visibleDuties } from '@/lib/checklist/prefs';
import { db } from '@/lib/db';
import { formatDate } from '@/lib/format';
import { sendToBackground } from '@/lib/messaging/client';
import { PLATFORM_IDS, type PlatformId } from '@/lib/model/consoles';
import { saveSettings } from '@/lib/settings/store';
import PageErrorBoundary, { PageError } from '@/components/app/PageErrorBoundary';
import { usePageDatabase } from '@/components/trust/page-start';
import { explainFailure } from '@/components/trust/error-reason';
import TrustBanner from '@/components/trust/TrustBanner';
import ConsoleAccess from './ConsoleAccess';
import { loadPopupData, type PopupData } from './data';
import DutyItem from './DutyItem';
import ShopHeadlines from './ShopHeadlines';
import { shopLabel } from '@/components/analysis/ShopPicker';
import ProgressRing from './ProgressRing';
import { openSidePanel, prefetchWindowId } from './side-panel';
import { OverlayToggle } from '@/components/overlay/OverlayToggle';
import { useToday } from './useToday';
import './popup.css';

const READY_MARK = 'shopmate:popup-ready';
// When the popup's code has loaded (the rest of the time to first render is settings + data + React).
performance.mark('shopmate:popup-script');

/**
 * The popup: the trust banner (failed database, full disk — the popup is the page sellers open
 * every morning) above the checklist, which has its own error boundary so the banner stays.
 */
export default function PopupApp() {
  return (
    <>
      <div className="pp-trust">
        <TrustBanner />
        <ConsoleAccess />
      </div>
      <PageErrorBoundary>
        <DailyChecklist />
      </PageErrorBoundary>
    </>
  );
}

/** 每日运营清单: the quick daily checklist the seller opens every morning. */
function DailyChecklist() {
  const t = useT();
  const locale = useLocale();
  const settings = useSettings();
  const settingsLoaded = useSettingsStore((s) => s.loaded);
  const zone = useMemo(() => systemTimeZone(), []);
  const { today } = useToday(zone);
  const duties = useMemo(() => visibleDuties(settings.checklist), [settings.checklist]);
  const chosen = settings.checklist.platform;
  const chosenShop = settings.checklist.shop;
  const database = usePageDatabase();
  const data = useLiveQuery(() => loadPopupData(db, duties, today, zone, chosen, chosenShop), [duties, today, zone, chosen, chosenShop]);
  // A tick shows at once; it stands until the live query delivers the database's next answer.
  const [optimistic, setOptimistic] = useState<{ basis: PopupData; values: Record<string, boolean> }>();
  const [error, setError] = useState<string>();
  const ready = settingsLoaded && data !== undefined;

  useEffect(prefetchWindowId, []);
  useEffect(() => {
    // Time to first useful render, read by the e2e suite (performance.getEntriesByName).
    if (ready && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [ready]);

  // A database that cannot be opened never answers the live query: say so instead of loading forever.
  if (database.state === 'failed') {
    return (
      <main className="pp">
        <p className="pp-brand">{t('app.name')}</p>
        <h1>{t('checklist.title')}</h1>
        <PageError error={database.error} />
      </main>
    );
  }

  if (!ready) {
    return (
      <main className="pp" aria-busy="true">
        <p className="pp-brand">{t('app.name')}</p>
        <p className="empty">{t('common.loading')}</p>
      </main>
    );
  }

  const pending = optimistic?.basis === data ? optimistic.values : {};
  const states = data.today.states.map((s) => (s.duty.id in pending ? { ...s, done: pending[s.duty.id]! } : s));
  const done = states.filter((s) => s.done).length;
  const open = states.length - done;

  const setDone = async (dutyId: string, next: boolean) => {
    setError(undefined);
    setOptimistic({ basis: data, values: { ...pending, [dutyId]: next } });
    try {
      await sendToBackground('checklist.setDone', { date: today, dutyId, done: next, ...(data.shopKey ? { shopKey: data.shopKey } : {}) });
    } catch (e) {
      setOptimistic(undefined);
      setError(explainFailure(t, e, (reason) => t('checklist.saveFailed', { reason })));
    }
  };

  const sidePanel = () => {
    openSidePanel()
      .then(() => window.close())
      .catch((e: unknown) => setError(t('checklist.openSidePanelFailed', { reason: e instanceof Error ? e.message : String(e) })));
  };

  const choosePlatform = (value: string) => {
    const platform = value ? (value as PlatformId) : undefined;
    void saveSettings({ ...settings, checklist: { ...settings.checklist, platform } }).catch((e: unknown) =>
      setError(explainFailure(t, e, (reason) => t('checklist.saveFailed', { reason }))),
    );
  };

  const chooseShop = (value: string) => {
    void saveSettings({ ...settings, checklist: { ...settings.checklist, shop: value || undefined } }).catch((e: unknown) =>
      setError(explainFailure(t, e, (reason) => t('checklist.saveFailed', { reason }))),
    );
  };
  const autoShop = data.shops.find((s) => s.key === data.shopKey && chosenShop === undefined);

  return (
    <main className="pp">
      {data.shops.length > 1 || (data.shop && chosenShop) ? (
        <label className="pp-platform pp-shop-pick">
          <span className="muted">{t('checklist.shop')}</span>
          <select value={chosenShop && data.shops.some((s) => s.key === chosenShop) ? chosenShop : ''} onChange={(e) => chooseShop(e.target.value)}>
            <option value="">{t('checklist.shopAuto', { shop: autoShop ? shopLabel(autoShop, t) : data.shop ? shopLabel(data.shop, t) : '—' })}</option>
            {data.shops.map((s) => (
              <option key={s.key} value={s.key}>
                {shopLabel(s, t)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <header className="pp-head">
        <div>
          <p className="pp-brand">{t('app.name')}</p>
          <h1>{t('checklist.title')}</h1>
          <p className="muted pp-date">
            <time dateTime={today}>{formatDate(today, locale)}</time>
            {data.shop ? <span className="pp-for-shop"> · {shopLabel(data.shop, t)}</span> : null}
          </p>
        </div>
        <ProgressRing done={done} total={states.length} />
      </header>

      <p className="pp-status" aria-live="polite">
        <span className={open === 0 && states.length > 0 ? 'good' : ''}>
          {open === 0 && states.length > 0 ? t('checklist.allDone') : t('checklist.remaining', { count: open })}
        </span>
        <span className="muted">
          {' · '}
          {data.streak > 0 ? t('checklist.streak', { days: data.streak }) : t('checklist.streakNone')}
        </span>
      </p>
      {error && (
        <p className="pp-error bad" role="alert">
          {error}
        </p>
      )}

      {states.length === 0 ? (
        <div className="empty">
          <p>{t('checklist.allHidden')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('checklist.restoreInSettings')}
          </button>
        </div>
      ) : (
        <ul className="pp-list" aria-label={t('checklist.listLabel')}>
          {states.map((state) => (
            <DutyItem
              key={state.duty.id}
              state={state}
              platform={data.platform}
              zone={zone}
              thresholds={settings.thresholds}
              onChange={(next) => void setDone(state.duty.id, next)}
              onOpenSidePanel={sidePanel}
            />
          ))}
        </ul>
      )}

      <label className="pp-platform">
        <span className="muted">{t('checklist.platform')}</span>
        <select value={chosen ?? ''} onChange={(e) => choosePlatform(e.target.value)}>
          <option value="">{t('checklist.platformAuto', { platform: t(`platform.${data.seenPlatform}`) })}</option>
          {PLATFORM_IDS.map((p) => (
            <option key={p} value={p}>
              {t(`platform.${p}`)}
            </option>
          ))}
        </select>
      </label>

      <ShopHeadlines headlines={data.headlines} platform={data.platform} today={today} zone={zone} />

      <footer className="pp-foot">
        <button type="button" className="primary" onClick={sidePanel}>
          {t('common.openSidePanel')}
        </button>
        <OverlayToggle />
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('common.settings')}
        </button>
      </footer>
    </main>
  );
}
