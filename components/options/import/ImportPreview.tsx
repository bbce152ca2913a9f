import type { useLocale } from '@/components/app/i18n';
import { addDays } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import type { ImportPreview as Checks, RejectedRow } from '@/lib/import';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { Currency } from '@/lib/model/currency';
import { ColumnMap, FirstRows, Outliers } from './ImportChecks';
import type { Parsed } from './useImport';

/** Rejected rows listed at most; the rest are counted. */
const SHOWN_REJECTIONS = 50;

/** What the file holds and what will be written: report, rows, days, items, checks, rejections. */
export default function ImportPreview(props: {
  t: Translate;
  fileName: string;
  result: Parsed;
  locale: ReturnType<typeof useLocale>;
  today: string;
  dateId: string;
  rangeDate: string;
  itemsOnly: boolean;
  onDate: (value: string) => void;
  onItemsOnly: (value: boolean) => void;
  disabled: boolean;
  checks?: Checks;
  drops: ReadonlySet<string>;
  onToggle(date: string, keep: boolean): void;
}) {
  const { t } = props;
  const { parse: p } = props.result;
  const kind = t(`import.kind.${props.result.fileKind}` as MessageKey);
  const encoding = props.result.encoding && props.result.encoding !== 'utf-8' ? t('import.preview.encoding', { encoding: props.result.encoding.toUpperCase() }) : '';
  const good = p.rowCount - p.rejected.length;
  return (
    <div className="card" data-testid="import-preview">
      <h3>{t('import.preview.title')}</h3>
      <p>
        <strong>{t('import.preview.report', { platform: t(`platform.${p.platform}` as MessageKey), format: t(`import.format.${p.format.id}` as MessageKey) })}</strong>
      </p>
      <p className="muted">{t('import.preview.file', { name: props.fileName, kind, encoding })}</p>
      <p>{t('import.preview.rows', { count: p.rowCount, good, bad: p.rejected.length })}</p>
      <ul>
        {p.days.length > 0 && (
          <li data-testid="import-days">
            {t('import.preview.days', { count: p.days.length, from: formatDate(p.days[0]!, props.locale), to: formatDate(p.days.at(-1)!, props.locale) })}
          </li>
        )}
        {p.items > 0 && (
          <li data-testid="import-items">
            {p.itemDays > 0 ? t('import.preview.items', { count: p.items, rows: p.itemDays }) : t('import.preview.itemsOnly', { count: p.items })}
          </li>
        )}
      </ul>

      {props.checks && (
        <>
          <ColumnMap preview={props.checks} />
          <FirstRows preview={props.checks} currency={p.format.currency} />
          <Outliers outliers={props.checks.outliers} drops={props.drops} onToggle={props.onToggle} currency={p.format.currency} disabled={props.disabled} />
        </>
      )}

      {props.result.needsDate && <RangeDate {...props} />}

      <Rejections t={t} rejected={p.rejected} currency={p.format.currency} />
    </div>
  );
}

/** An item report without dates: which day it covers, or items only. */
function RangeDate(props: { t: Translate; today: string; dateId: string; rangeDate: string; itemsOnly: boolean; onDate(value: string): void; onItemsOnly(value: boolean): void; disabled: boolean }) {
  const { t } = props;
  return (
    <fieldset>
      <legend>{t('import.range.title')}</legend>
      <p className="muted">{t('import.range.hint')}</p>
      <label htmlFor={props.dateId}>
        {t('import.range.date')}{' '}
        <input
          id={props.dateId}
          type="date"
          value={props.rangeDate}
          max={props.today}
          min={addDays(props.today, -3650)}
          disabled={props.disabled || props.itemsOnly}
          onChange={(e) => props.onDate(e.target.value)}
        />
      </label>
      <label>
        <input type="checkbox" checked={props.itemsOnly} disabled={props.disabled} onChange={(e) => props.onItemsOnly(e.target.checked)} />{' '}
        {t('import.range.itemsOnly')}
      </label>
    </fieldset>
  );
}

/** The rows left out, each with its reason (the first SHOWN_REJECTIONS; the rest counted). */
function Rejections({ t, rejected, currency }: { t: Translate; rejected: readonly RejectedRow[]; currency: Currency }) {
  return (
    <>
      <h4>{t('import.rejected.title')}</h4>
      {rejected.length === 0 ? (
        <p className="muted">{t('import.rejected.none')}</p>
      ) : (
        <ul className="rejections" data-testid="import-rejected">
          {rejected.slice(0, SHOWN_REJECTIONS).map((r) => (
            <li key={`${r.row}-${r.code}`}>
              <strong>{t('import.rejected.row', { row: r.row })}</strong>
              {t('import.rejected.separator')}
              {rejectionText(t, r, currency)}
            </li>
          ))}
        </ul>
      )}
      {rejected.length > SHOWN_REJECTIONS && <p className="muted">{t('import.rejected.more', { count: rejected.length - SHOWN_REJECTIONS })}</p>}
    </>
  );
}

function rejectionText(t: Translate, r: RejectedRow, currency: Currency) {
  return t(`import.reject.${r.code}` as MessageKey, {
    column: r.column ?? '',
    value: r.value ?? '',
    firstRow: r.firstRow ?? '',
    currency: t(`import.currency.${currency}` as MessageKey),
  });
}
