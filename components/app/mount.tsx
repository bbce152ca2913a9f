import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { askPersistenceOnce, openPageDatabase } from '@/components/trust/page-start';
import TrustBanner from '@/components/trust/TrustBanner';
import { resolveLocale } from '@/lib/i18n/locale';
import PageErrorBoundary from './PageErrorBoundary';
import { startSettingsSync, useSettingsStore } from './settings-store';
import '@/assets/theme.css';

/**
 * Mounts an extension page: settings sync, <html lang>, the database opened (a failure is
 * recorded for the banner), persistent storage asked for once, and the page's root component.
 * If the page fails to render, the boundary says what failed and what to do, with the trust
 * banner (and its rescue backup) above, instead of a blank page.
 */
export function mountPage(node: ReactNode): void {
  startSettingsSync();
  useSettingsStore.subscribe((s) => {
    document.documentElement.lang = resolveLocale(s.settings.language);
  });
  void openPageDatabase();
  void askPersistenceOnce();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PageErrorBoundary aside={<TrustBanner />}>{node}</PageErrorBoundary>
    </StrictMode>,
  );
}
