import { useT } from '@/components/app/i18n';

export default function Placeholder() {
  const t = useT();
  return <p className="empty">{t('common.empty')}</p>;
}
