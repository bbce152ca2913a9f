import { useT } from '@/components/app/i18n';
import type { MessageKey } from '@/lib/i18n';

const POINTS: MessageKey[] = [
  'data.privacy.stored',
  'data.privacy.where',
  'data.privacy.never',
  'data.privacy.readOnly',
  'data.privacy.shared',
  'data.privacy.delete',
];

/** What is stored, where, that nothing is sent, and how to delete it all (mirrors SECURITY.md). */
export default function PrivacyStatement() {
  const t = useT();
  return (
    <div className="data-panel" data-testid="privacy">
      <h3>{t('data.privacy.title')}</h3>
      <ul>
        {POINTS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
