import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/app/i18n';
import { buildRawBackup, serializeBackup, backupFileName } from '@/lib/backup';
import { DB_NAME } from '@/lib/db/schema';
import { maintenanceItem } from '@/lib/db/maintenance-status';
import { dbHealthItem, readRawDatabase } from '@/lib/db/open';
import { sendToBackground } from '@/lib/messaging/client';
import { loadSettings } from '@/lib/settings/store';
import { downloadText } from './download';
import { explainFailure } from './error-reason';
import { askPersistenceOnce } from './page-start';
import { useStored } from './useStored';
import './trust.css';

/**
 * What the seller must know about their data, on every extension page: a failed database
 * upgrade (with a rescue backup of what is on disk) and a full disk. Also asks the browser,
 * once per page (mountPage asks too; the second ask is the same promise), to keep ShopMate's
 * storage persistent (only pages may ask, not the worker).
 */
export default function TrustBanner() {
  const t = useT();
  const health = useStored(dbHealthItem);
  const maintenance = useStored(maintenanceItem);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    void askPersistenceOnce();
  }, []);

  const rescue = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const now = Date.now();
      const file = buildRawBackup(await readRawDatabase(DB_NAME), await loadSettings(), {
        now,
        appVersion: browser.runtime.getManifest().version,
      });
      downloadText(backupFileName(now), serializeBackup(file));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const freeSpace = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await sendToBackground('data.freeSpace', { level: 'keepLastDay' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const dismissQuota = () => void maintenanceItem.setValue({ ...maintenance, quota: undefined });
  const quota = maintenance?.quota;
  if (!health && !quota) return null;

  return (
    <div className="trust-banner">
      {health && (
        <div className="trust-alert bad" role="alert">
          <span>{t('trust.dbFailed', { reason: health.message })}</span>
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void rescue()}>
              {t('trust.dbFailed.download')}
            </button>
          </div>
        </div>
      )}
      {quota && (
        <div className={`trust-alert${quota.recovered ? '' : ' bad'}`} role={quota.recovered ? 'status' : 'alert'}>
          <span>{quota.recovered ? t('trust.quota.recovered', { count: quota.freed }) : t('trust.quota.failed')}</span>
          <div className="actions">
            {!quota.recovered && (
              <button type="button" className="primary" disabled={busy} onClick={() => void freeSpace()}>
                {t('trust.quota.free')}
              </button>
            )}
            <button type="button" onClick={dismissQuota}>
              {t('trust.dismiss')}
            </button>
          </div>
        </div>
      )}
      {error !== undefined && (
        <p className="bad" role="alert">
          {explainFailure(t, error, (reason) => t('common.error', { reason }))}
        </p>
      )}
    </div>
  );
}
