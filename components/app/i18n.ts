import { useMemo } from 'react';
import { translator, type Locale, type Translate } from '@/lib/i18n';
import { useSettingsStore } from './settings-store';

export function useLocale(): Locale {
  return useSettingsStore((s) => s.settings.language);
}

export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
