import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '@/components/app/i18n';
import { preloadComponent, useLoadedComponent } from '@/components/app/useLoadedComponent';
import SampleBanner from '@/components/sample/SampleBanner';
import TrustBanner from '@/components/trust/TrustBanner';
import ChecklistProgressSlot from './ChecklistProgressSlot';
import { OverlayToggle } from '@/components/overlay/OverlayToggle';
import FocusFromPage from '@/components/guidance/FocusFromPage';
import { SIDE_PANEL_TABS } from './tabs';
import { useSidePanelStore } from './ui-store';
import './sidepanel.css';

export default function SidePanelApp() {
  const t = useT();
  const { tab, setTab } = useSidePanelStore();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const active = SIDE_PANEL_TABS.find((x) => x.id === tab) ?? SIDE_PANEL_TABS[0];
  const { Component: ActiveTab, error } = useLoadedComponent(active.load);

  // Warm the other tabs once the panel is idle, so the first switch to one is instant.
  useEffect(() => {
    const warm = () => SIDE_PANEL_TABS.forEach((x) => void preloadComponent(x.load).catch(() => undefined));
    const id = requestIdleCallback(warm, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);

  // WAI-ARIA tabs: arrow keys move between tabs.
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = (index + delta + SIDE_PANEL_TABS.length) % SIDE_PANEL_TABS.length;
    setTab(SIDE_PANEL_TABS[next]!.id);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="sp">
      <header className="sp-header">
        <h1>{t('app.name')}</h1>
        <ChecklistProgressSlot />
        <OverlayToggle className="sp-overlay-toggle" />
      </header>
      <FocusFromPage />
      <TrustBanner />
      <SampleBanner />
      <nav className="sp-tabs" role="tablist" aria-label={t('nav.tabs')}>
        {SIDE_PANEL_TABS.map((x, i) => (
          <button
            key={x.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            role="tab"
            id={`tab-${x.id}`}
            aria-selected={x.id === active.id}
            aria-controls={`panel-${x.id}`}
            tabIndex={x.id === active.id ? 0 : -1}
            onClick={() => setTab(x.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t(x.label)}
          </button>
        ))}
      </nav>
      <main className="sp-panel" role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`}>
        {ActiveTab ? (
          <ActiveTab />
        ) : error ? (
          <p className="empty" role="alert">
            {t('common.error', { reason: String(error) })}
          </p>
        ) : (
          <p className="empty">{t('common.loading')}</p>
        )}
      </main>
    </div>
  );
}
