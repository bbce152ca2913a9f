import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

/**
 * Settings live in extension storage (not IndexedDB), so every context can read them and
 * the options page writes them directly. Versioned for future migrations.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Stored settings, validated; stored settings that fail validation fall back to the defaults (and are logged). */
export async function loadSettings(): Promise<Settings> {
  const parsed = parseSettings(await settingsItem.getValue());
  if (!parsed.ok) console.warn('[ShopMate] stored settings are invalid, using defaults:', parsed.error);
  return parsed.ok ? parsed.value : DEFAULT_SETTINGS;
}

/** Saves settings after validating them; rejects with the reason instead of storing bad values. */
export async function saveSettings(next: unknown): Promise<Settings> {
  const parsed = parseSettings(next);
  if (!parsed.ok) throw new Error(parsed.error);
  await settingsItem.setValue(parsed.value);
  return parsed.value;
}

export const watchSettings = (cb: (s: Settings) => void) =>
  settingsItem.watch((value) => {
    const parsed = parseSettings(value);
    cb(parsed.ok ? parsed.value : DEFAULT_SETTINGS);
  });
