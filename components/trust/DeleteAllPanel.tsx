import { useId, useState } from 'react';
import { useT } from '@/components/app/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { explainFailure } from './error-reason';

/**
 * Delete all data, in two steps: open the confirmation, then type the word shown. The
 * background empties every table in one transaction.
 */
export default function DeleteAllPanel() {
  const t = useT();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [includeSettings, setIncludeSettings] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const word = t('data.delete.word');
  const confirmed = typed.trim().toLowerCase() === word.toLowerCase();

  const remove = async () => {
    setBusy(true);
    try {
      await sendToBackground('data.deleteAll', { confirm: 'DELETE', includeSettings });
      setStatus({ ok: true, text: t('data.delete.done') });
      setOpen(false);
      setTyped('');
    } catch (e) {
      setStatus({ ok: false, text: explainFailure(t, e, (reason) => t('common.error', { reason })) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-panel danger" data-testid="delete-all">
      <h3>{t('data.delete.title')}</h3>
      <p className="muted">{t('data.delete.hint')}</p>
      {!open ? (
        <div className="actions">
          <button type="button" onClick={() => { setOpen(true); setStatus(undefined); }}>
            {t('data.delete.start')}
          </button>
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (confirmed) void remove();
          }}
        >
          <label htmlFor={inputId}>{t('data.delete.typeToConfirm', { word })}</label>{' '}
          <input id={inputId} value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} autoFocus />
          <label>
            <input type="checkbox" checked={includeSettings} onChange={(e) => setIncludeSettings(e.target.checked)} />{' '}
            {t('data.delete.includeSettings')}
          </label>
          <div className="actions">
            <button type="submit" className="danger" disabled={!confirmed || busy}>
              {t('data.delete.confirm')}
            </button>
            <button type="button" onClick={() => { setOpen(false); setTyped(''); }}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <p className={`status ${status?.ok === false ? 'bad' : 'good'}`} role="status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}
