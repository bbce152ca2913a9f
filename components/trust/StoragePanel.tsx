import { useEffect, useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { useSettings } from '@/components/app/settings-store';
import { TABLE_NAMES } from '@/lib/backup/tables';
import { maintenanceItem } from '@/lib/db/maintenance-status';
import type { MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { explainFailure } from './error-reason';
import { formatBytes } from './download';
import { totalRows, useTableCounts } from './useTableCounts';
import { useStored } from './useStored';

interface Estimate {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

/** Storage use, persistence, rows per table, and the retention action (prune the raw log). */
export default function StoragePanel() {
  const t = useT();
  const locale = useLocale();
  const { snapshotRetentionDays } = useSettings();
  const counts = useTableCounts();
  const maintenance = useStored(maintenanceItem);
  const [estimate, setEstimate] = useState<Estimate>();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  const total = counts ? totalRows(counts) : undefined;
  useEffect(() => {
    const storage = globalThis.navigator?.storage;
    void Promise.all([
      storage?.estimate?.() ?? Promise.resolve(undefined),
      storage?.persisted?.() ?? Promise.resolve(undefined),
    ]).then(([e, persisted]) => setEstimate({ usage: e?.usage, quota: e?.quota, persisted }));
    // Re-estimate when the number of rows changes (a capture, a prune, a restore).
  }, [total]);

  const prune = async (level: 'retention' | 'keepLastDay') => {
    setBusy(true);
    try {
      const { deleted } = await sendToBackground('data.freeSpace', { level });
      setStatus({ ok: true, text: t('data.retention.done', { count: deleted }) });
    } catch (e) {
      setStatus({ ok: false, text: explainFailure(t, e, (reason) => t('common.error', { reason })) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-panel" data-testid="storage">
      <h3>{t('data.storage.title')}</h3>
      {estimate === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : estimate.usage === undefined ? (
        <p className="muted">{t('data.storage.unknown')}</p>
      ) : (
        <>
          <p>
            {t('data.storage.usage', { used: formatBytes(estimate.usage, locale), quota: formatBytes(estimate.quota, locale) })}
          </p>
          {estimate.quota ? (
            <progress className="meter" max={estimate.quota} value={estimate.usage} aria-label={t('data.storage.title')} />
          ) : null}
        </>
      )}
      {estimate?.persisted !== undefined && (
        <p className={estimate.persisted ? 'good' : 'warn'}>
          {t(estimate.persisted ? 'data.storage.persisted' : 'data.storage.notPersisted')}
        </p>
      )}
      <details>
        <summary>
          {t('data.storage.rows')} {counts ? `· ${t('data.storage.total', { count: totalRows(counts) })}` : ''}
        </summary>
        {counts === undefined ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <table>
            <tbody>
              {TABLE_NAMES.map((name) => (
                <tr key={name}>
                  <td>{t(`data.table.${name}` as MessageKey)}</td>
                  <td data-table={name}>{new Intl.NumberFormat(locale).format(counts[name])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>

      <h3>{t('data.retention.title')}</h3>
      <p className="muted">{t('data.retention.hint', { days: snapshotRetentionDays })}</p>
      {maintenance?.lastPrune && (
        <p className="muted">
          {t('data.retention.last', {
            when: new Date(maintenance.lastPrune.at).toLocaleString(locale),
            count: maintenance.lastPrune.deleted,
          })}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void prune('retention')}>
          {t('data.retention.run', { days: snapshotRetentionDays })}
        </button>
        <button type="button" disabled={busy} onClick={() => void prune('keepLastDay')}>
          {t('data.retention.deep')}
        </button>
      </div>
      <p className={`status ${status?.ok === false ? 'bad' : 'good'}`} role="status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}
