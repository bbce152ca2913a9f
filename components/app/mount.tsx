import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { startSettingsSync, useSettingsStore } from './settings-store';
import '@/assets/theme.css';

/** Mounts an extension page: settings sync, <html lang>, and the page's root component. */
export function mountPage(node: ReactNode): void {
  startSettingsSync();
  useSettingsStore.subscribe((s) => {
    document.documentElement.lang = s.settings.language;
  });
  createRoot(document.getElementById('root')!).render(<StrictMode>{node}</StrictMode>);
}
