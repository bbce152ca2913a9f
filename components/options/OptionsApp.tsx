import { Suspense } from 'react';
import { useT } from '@/components/app/i18n';
import TrustBanner from '@/components/trust/TrustBanner';
import { OPTION_SECTIONS } from './sections';
import './options.css';

export default function OptionsApp() {
  const t = useT();
  return (
    <main className="opt">
      <h1>{t('options.title')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      <TrustBanner />
      {OPTION_SECTIONS.map(({ id, Component }) => (
        <Suspense key={id} fallback={<p className="muted">{t('common.loading')}</p>}>
          <Component />
        </Suspense>
      ))}
    </main>
  );
}
