import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, salvageSettings, type Settings } from './schema';

/**
 * Settings live in extension storage (not IndexedDB), so every context can read them and
 * the options page writes them directly. Versioned for future migrations.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Stored settings, validated; an invalid stored field falls back to its default (logged). */
export async function loadSettings(): Promise<Settings> {
  return salvage(await settingsItem.getValue());
}

function salvage(raw: unknown): Settings {
  const { value, dropped } = salvageSettings(raw);
  if (dropped.length) console.warn('[ShopMate] invalid stored settings reset to default:', dropped);
  return value;
}

/** Saves settings after validating them; rejects with the reason instead of storing bad values. */
export async function saveSettings(next: unknown): Promise<Settings> {
  const parsed = parseSettings(next);
  if (!parsed.ok) throw new Error(parsed.error);
  await settingsItem.setValue(parsed.value);
  return parsed.value;
}

export const watchSettings = (cb: (s: Settings) => void) =>
  settingsItem.watch((value) => cb(salvage(value)));
