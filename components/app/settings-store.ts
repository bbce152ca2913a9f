import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';

/** UI-side settings cache: loaded once per page, kept in sync with storage changes. */
interface SettingsState {
  settings: Settings;
  loaded: boolean;
}

export const useSettingsStore = create<SettingsState>(() => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
}));

let started = false;
export function startSettingsSync(): void {
  if (started) return;
  started = true;
  void loadSettings().then((settings) => useSettingsStore.setState({ settings, loaded: true }));
  watchSettings((settings) => useSettingsStore.setState({ settings, loaded: true }));
}

export const useSettings = () => useSettingsStore((s) => s.settings);
