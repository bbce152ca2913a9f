import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import PageErrorBoundary from './PageErrorBoundary';
import { startSettingsSync, useSettingsStore } from './settings-store';
import '@/assets/theme.css';

/** Mounts an extension page: settings sync, <html lang>, and the page's root component (errors caught and explained). */
export function mountPage(node: ReactNode): void {
  startSettingsSync();
  useSettingsStore.subscribe((s) => {
    document.documentElement.lang = s.settings.language;
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PageErrorBoundary>{node}</PageErrorBoundary>
    </StrictMode>,
  );
}
