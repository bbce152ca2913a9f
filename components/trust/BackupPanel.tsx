import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useLocale, useT } from '@/components/app/i18n';
import { useSettings } from '@/components/app/settings-store';
import { MAX_BACKUP_CHARS, backupFileName, buildBackup, serializeBackup } from '@/lib/backup';
import { useSampleLoaded } from '@/components/sample/useSample';
import { db } from '@/lib/db';
import { explainFailure } from './error-reason';
import { downloadText, formatBytes } from './download';

/**
 * Download the whole database + settings as one file. Built here, in the page: reading is
 * allowed in the UI, the download needs a DOM, and the file never has to squeeze through a
 * runtime message.
 */
export default function BackupPanel() {
  const t = useT();
  const locale = useLocale();
  const settings = useSettings();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string; warn?: string }>();
  const sampleLoaded = useSampleLoaded();
  const [includeSample, setIncludeSample] = useState(false);

  const download = async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      const now = Date.now();
      const file = await buildBackup(db, settings, { now, appVersion: browser.runtime.getManifest().version, includeSample: sampleLoaded === true && includeSample });
      const text = serializeBackup(file);
      const name = backupFileName(now);
      downloadText(name, text);
      const rows = Object.values(file.tables).reduce((n, list) => n + list.length, 0);
      const bytes = new Blob([text]).size;
      setStatus({
        ok: true,
        text: t('data.backup.done', { file: name, size: formatBytes(bytes, locale), rows }),
        warn: text.length > MAX_BACKUP_CHARS ? t('data.backup.tooLarge', { limit: formatBytes(MAX_BACKUP_CHARS, locale) }) : undefined,
      });
    } catch (e) {
      setStatus({ ok: false, text: explainFailure(t, e, (reason) => t('common.error', { reason })) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-panel" data-testid="backup">
      <h3>{t('data.backup.title')}</h3>
      <p className="muted">{t('data.backup.hint')}</p>
      {sampleLoaded ? (
        <label className="check">
          <input type="checkbox" checked={includeSample} onChange={(e) => setIncludeSample(e.target.checked)} /> {t('sample.backup.include')}
        </label>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
          {busy ? t('data.backup.working') : t('data.backup.download')}
        </button>
      </div>
      <p className={`status ${status?.ok === false ? 'bad' : 'good'}`} role="status">
        {status?.text ?? ''}
      </p>
      {status?.warn && <p className="warn" role="alert">{status.warn}</p>}
    </div>
  );
}
