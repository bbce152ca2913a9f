import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/app/i18n';
import { NoConsoleTab, toggleOverlay } from '@/lib/overlay/toggle';

/** The manifest's suggested key; the browser's actual binding is shown when it can tell. */
const DEFAULT_SHORTCUT = 'Alt+Shift+S';

/** 看到读了什么: turns the reading overlay on or off on the console page in front (popup, side panel). */
export function OverlayToggle({ className }: { className?: string }) {
  const t = useT();
  const [status, setStatus] = useState<string>();
  const [shortcut, setShortcut] = useState(DEFAULT_SHORTCUT);
  useEffect(() => {
    try {
      void browser.commands
        ?.getAll()
        .then((all) => {
          const bound = all.find((c) => c.name === 'toggle-overlay')?.shortcut;
          if (bound) setShortcut(bound);
        })
        .catch(() => undefined);
    } catch {
      // No commands API here (a test's fake browser): the suggested key is shown.
    }
  }, []);
  const toggle = () => {
    setStatus(undefined);
    toggleOverlay().then(
      (shown) => setStatus(t(shown ? 'overlay.shown' : 'overlay.hidden')),
      (error: unknown) =>
        setStatus(error instanceof NoConsoleTab ? t('overlay.noConsole') : t('overlay.failed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  return (
    <>
      <button type="button" className={className} onClick={toggle} title={t('overlay.toggleHint', { shortcut })}>
        {t('overlay.toggle')}
      </button>
      {status && (
        <p className="muted overlay-status" role="status">
          {status}
        </p>
      )}
    </>
  );
}
