import { useLocale, useT } from '@/components/app/i18n';
import { formatMetric } from '@/components/captured/summary';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { ColumnKey, ImportPreview, Outlier, OutlierReason } from '@/lib/import';
import type { ShopMetricKey } from '@/lib/model/metrics';
import './import.css';

import type { Currency } from '@/lib/model/currency';

const columnLabel = (t: Translate, key: ColumnKey) =>
  t((['date', 'itemId', 'title', 'sku'].includes(key) ? `import.col.${key}` : `metric.${key}`) as MessageKey);

/** Which column became which metric, and which were left out. */
export function ColumnMap({ preview }: { preview: ImportPreview }) {
  const t = useT();
  return (
    <div data-testid="import-columns">
      <h4>{t('import.columns.title')}</h4>
      <ul className="import-columns">
        {preview.mapped.map((c) => (
          <li key={c.key}>
            {c.header} → <strong>{columnLabel(t, c.key)}</strong>
          </li>
        ))}
      </ul>
      <p className="muted">{preview.unused.length ? t('import.columns.unused', { headers: preview.unused.join(t('common.listSeparator')) }) : t('import.columns.allUsed')}</p>
    </div>
  );
}

/** The first rows as they will be stored. */
export function FirstRows({ preview, currency }: { preview: ImportPreview; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  if (!preview.rows.length) return null;
  const keys = [...new Set(preview.rows.flatMap((r) => r.values.map(([k]) => k)))];
  const hasItem = preview.rows.some((r) => r.item);
  const hasDate = preview.rows.some((r) => r.date);
  return (
    <div data-testid="import-first-rows">
      <h4>{t('import.firstRows.title', { count: preview.rows.length })}</h4>
      <div className="import-scroll" tabIndex={0} role="region" aria-label={t('import.firstRows.title', { count: preview.rows.length })}>
        <table>
          <thead>
            <tr>
              {hasDate ? <th scope="col">{t('import.col.date')}</th> : null}
              {hasItem ? <th scope="col">{t('import.firstRows.item')}</th> : null}
              {keys.map((k) => (
                <th key={k} scope="col">
                  {columnLabel(t, k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r, i) => (
              <tr key={i}>
                {hasDate ? <td>{r.date ? formatDate(r.date, locale) : ''}</td> : null}
                {hasItem ? <td className="import-item">{r.item}</td> : null}
                {keys.map((k) => {
                  const v = r.values.find(([key]) => key === k)?.[1];
                  return <td key={k}>{v === undefined ? t('common.missing') : formatMetric(k as ShopMetricKey, v, locale, currency)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Days that look wrong, each to keep or drop before anything is written. */
export function Outliers({ outliers, drops, onToggle, currency, disabled }: { outliers: readonly Outlier[]; drops: ReadonlySet<string>; onToggle(date: string, keep: boolean): void; currency: Currency; disabled: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div data-testid="import-outliers">
      <h4>{t('import.outliers.title')}</h4>
      {outliers.length === 0 ? (
        <p className="muted">{t('import.outliers.none')}</p>
      ) : (
        <>
          <p className="muted">{t('import.outliers.hint')}</p>
          <ul className="import-outliers">
            {outliers.map((o) => (
              <li key={o.date} className={o.impossible ? 'bad' : 'warn'} data-date={o.date}>
                <label>
                  <input type="checkbox" checked={!drops.has(o.date)} disabled={disabled} onChange={(e) => onToggle(o.date, e.target.checked)} /> {t('import.outliers.keep')}{' '}
                  <strong>{formatDate(o.date, locale)}</strong>
                </label>
                {t('common.labelSeparator')}
                {o.reasons.map((r) => reasonText(t, r, locale, currency)).join(t('common.listSeparator'))}
              </li>
            ))}
          </ul>
          {drops.size ? <p className="warn">{t('import.outliers.dropped', { count: drops.size })}</p> : null}
        </>
      )}
    </div>
  );
}

function reasonText(t: Translate, r: OutlierReason, locale: ReturnType<typeof useLocale>, currency: Currency): string {
  const metric = t(`metric.${r.metric}` as MessageKey);
  const value = formatMetric(r.metric, r.value, locale, currency);
  switch (r.code) {
    case 'spike':
      return t('import.outlier.spike', { metric, value, median: formatMetric(r.metric, r.median, locale, currency), times: formatNumber(r.value / r.median, locale, 1) });
    case 'dip':
      return t('import.outlier.dip', { metric, value, median: formatMetric(r.metric, r.median, locale, currency), fraction: formatPercent(r.value / r.median, locale, 0) });
    case 'overHundred':
      return t('import.outlier.overHundred', { metric, value });
    case 'aovMismatch':
      return t('import.outlier.aovMismatch', { value, expected: formatMetric('aov', r.expected, locale, currency) });
  }
}
