import { useT } from '@/components/app/i18n';
import { useSaveSettings } from '../useSaveSettings';

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
          onChange={(e) => void save((s) => ({ ...s, language: e.target.value as 'zh-CN' | 'en' }))}
        >
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
    </section>
  );
}
