import { useEffect, useState } from 'react';
import { useT } from '@/components/app/i18n';
import { hasConsoleAccess, requestConsoleAccess, watchConsoleAccess } from '@/lib/permissions/console-access';

/**
 * Says when ShopMate may not read the seller consoles (a Firefox user can withhold the site
 * permission), and asks the browser for it on a click. Nothing shows while access is there.
 */
export default function ConsoleAccess() {
  const t = useT();
  const [granted, setGranted] = useState<boolean>();
  const [refused, setRefused] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    const check = () =>
      void hasConsoleAccess()
        .then((yes) => live && setGranted(yes))
        .catch(() => live && setGranted(true));
    check();
    const stop = watchConsoleAccess(check);
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (granted !== false) return null;

  const ask = () => {
    setRefused(false);
    setError(undefined);
    // Synchronously inside the click: the browser shows its prompt only during a user gesture.
    requestConsoleAccess()
      .then((yes) => {
        setGranted(yes);
        setRefused(!yes);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <div className="trust-alert bad pp-access" role="alert" data-testid="console-access">
      <span>{t('checklist.access.missing')}</span>
      <div className="actions">
        <button type="button" className="primary" onClick={ask}>
          {t('checklist.access.grant')}
        </button>
      </div>
      {refused && <span className="muted">{t('checklist.access.refused')}</span>}
      {error && <span className="muted">{t('checklist.access.failed', { reason: error })}</span>}
    </div>
  );
}
