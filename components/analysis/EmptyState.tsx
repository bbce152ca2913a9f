import { browser } from 'wxt/browser';
import { useT } from '@/components/app/i18n';
import type { MessageKey } from '@/lib/i18n';

const SYCM_HOME = 'https://sycm.taobao.com/portal/home.htm';

/** No data yet: say what to do — open the console's home page, or import a report in 设置. */
export default function EmptyState({ what }: { what: MessageKey }) {
  const t = useT();
  return (
    <div className="empty an-empty" role="status">
      <p>{t(what)}</p>
      <p>{t('analysis.empty.how')}</p>
      <p className="an-actions">
        <a href={SYCM_HOME} target="_blank" rel="noreferrer">
          {t('capture.today.openSycm')}
        </a>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('analysis.empty.import')}
        </button>
      </p>
    </div>
  );
}

/** A section's own loading / error line. */
export function Pending({ error }: { error?: string }) {
  const t = useT();
  return error ? (
    <p className="bad" role="alert">
      {t('common.error', { reason: error })}
    </p>
  ) : (
    <p className="muted" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}
