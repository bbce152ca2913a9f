import { useMemo } from 'react';
import { translator, type Locale, type Translate } from '@/lib/i18n';
import { resolveLocale } from '@/lib/i18n/locale';
import { useSettingsStore } from './settings-store';

/** The seller's language, or the browser's until they choose one (resolveLocale). */
export function useLocale(): Locale {
  return resolveLocale(useSettingsStore((s) => s.settings.language));
}

export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
