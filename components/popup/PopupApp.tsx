import { useT } from '@/components/app/i18n';

/** The quick daily checklist (filled by the checklist feature). */
export default function PopupApp() {
  const t = useT();
  return (
    <main style={{ width: 360, padding: 12 }}>
      <h1 style={{ fontSize: 16, margin: 0 }}>{t('app.name')}</h1>
    </main>
  );
}
