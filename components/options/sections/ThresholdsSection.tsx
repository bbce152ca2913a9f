import { useId } from 'react';
import { useT } from '@/components/app/i18n';
import type { MessageKey } from '@/lib/i18n';
import { RATIO_THRESHOLD_KEYS, type Thresholds } from '@/lib/settings/schema';
import { useSaveSettings } from '../useSaveSettings';

/** Ratios are stored 0–1 and edited as percentages. */
const PERCENT_KEYS = new Set<keyof Thresholds>(RATIO_THRESHOLD_KEYS);

export default function ThresholdsSection() {
  const t = useT();
  const id = useId();
  const { settings, save, status } = useSaveSettings();
  const keys = Object.keys(settings.thresholds) as (keyof Thresholds)[];

  const setThreshold = (key: keyof Thresholds, raw: string | boolean) => {
    const value =
      typeof raw === 'boolean' ? raw : PERCENT_KEYS.has(key) ? Number(raw) / 100 : Number(raw);
    void save((s) => ({ ...s, thresholds: { ...s.thresholds, [key]: value } }));
  };

  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('options.thresholds')}</h2>
      <p className="muted">{t('options.thresholdsHint')}</p>
      {keys.map((key) => {
        const value = settings.thresholds[key];
        const label = t(`threshold.${key}` as MessageKey);
        return (
          <label className="field" key={key}>
            <span>{label}</span>
            {typeof value === 'boolean' ? (
              <input type="checkbox" checked={value} onChange={(e) => setThreshold(key, e.target.checked)} />
            ) : (
              <input
                type="number"
                name={key}
                defaultValue={PERCENT_KEYS.has(key) ? +(value * 100).toFixed(4) : value}
                key={`${key}:${value}`}
                step="any"
                onBlur={(e) => setThreshold(key, e.target.value)}
              />
            )}
          </label>
        );
      })}
      <label className="field">
        <span>{t('threshold.snapshotRetentionDays')}</span>
        <input
          type="number"
          name="snapshotRetentionDays"
          defaultValue={settings.snapshotRetentionDays}
          key={`retention:${settings.snapshotRetentionDays}`}
          onBlur={(e) => void save((s) => ({ ...s, snapshotRetentionDays: Number(e.target.value) }))}
        />
      </label>
      <p className={`status ${status?.ok === false ? 'bad' : 'good'}`} role="status">
        {status === undefined ? '' : status.ok ? t('options.saved') : t('options.invalid', { reason: status.message ?? '' })}
      </p>
    </section>
  );
}
