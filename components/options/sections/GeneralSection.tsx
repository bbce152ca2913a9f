import { useT } from '@/components/app/i18n';
import { resolveLocale, type LanguageChoice } from '@/lib/i18n/locale';
import { useSaveSettings } from '../useSaveSettings';

/** Each language named in itself, so a seller who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES = { 'zh-CN': '简体中文', en: 'English' } as const;

export default function GeneralSection() {
  const t = useT();
  const { settings, save } = useSaveSettings();
  return (
    <section aria-labelledby="opt-general">
      <h2 id="opt-general">{t('options.language')}</h2>
      <label className="field">
        <span>{t('options.language')}</span>
        <select
          value={settings.language}
          onChange={(e) => void save((s) => ({ ...s, language: e.target.value as LanguageChoice }))}
        >
          <option value="auto">{t('options.language.auto', { language: LANGUAGE_NAMES[resolveLocale('auto')] })}</option>
          <option value="zh-CN">{LANGUAGE_NAMES['zh-CN']}</option>
          <option value="en">{LANGUAGE_NAMES.en}</option>
        </select>
      </label>
    </section>
  );
}
