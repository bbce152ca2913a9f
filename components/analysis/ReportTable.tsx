import { useLocale, useT } from '@/components/app/i18n';
import { REPORT_COLUMNS, REPORT_KINDS, type ReportCell, type ReportKey, type ReportRow } from '@/lib/analysis/report';
import { formatValue, shortDate } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import { reportHeader } from './report-export';
import ScrollTable from './ScrollTable';

/** One value: '—' when missing; computed values in italics with a 计 mark; real-time with a dot. */
export function Cell({ cell, kind, currency }: { cell: ReportCell | undefined; kind: ReportKey; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  if (!cell) return <td className="an-gap">{t('common.missing')}</td>;
  const k = REPORT_KINDS[kind];
  const text = formatValue(cell.value, k === 'number' ? 'number' : k, locale, currency);
  const notes = [cell.derived ? t('analysis.cell.derived') : '', cell.live ? t('analysis.cell.live') : ''].filter(Boolean).join('，');
  return (
    <td className={cell.derived ? 'an-derived' : undefined} title={notes || undefined}>
      {text}
      {cell.derived ? <sup aria-label={t('analysis.cell.derived')}>{t('analysis.cell.derivedMark')}</sup> : null}
      {cell.live ? <span className="an-live" role="img" aria-label={t('analysis.cell.live')} /> : null}
    </td>
  );
}

/** 数据日报表: newest day first, the seed's columns, then the extras the console showed. */
export default function ReportTable({ rows, extras, currency, focus }: { rows: readonly ReportRow[]; extras: readonly ReportKey[]; currency: Currency; focus?: string }) {
  const t = useT();
  const locale = useLocale();
  const keys = [...REPORT_COLUMNS, ...extras];
  return (
    <ScrollTable label={t('analysis.report.title')} testId="daily-report" headers={[t('analysis.col.date'), ...keys.map((k) => reportHeader(k, t))]}>
      {[...rows].reverse().map((row) => (
        <tr key={row.date} id={`an-day-${row.date}`} className={row.date === focus ? 'an-focus' : undefined}>
          <th scope="row">
            {shortDate(row.date, locale)}
            {Object.values(row.cells).some((c) => c?.live) ? (
              <span className="an-live-tag" title={t('analysis.cell.live')}>
                {t('analysis.row.live')}
              </span>
            ) : null}
          </th>
          {keys.map((k) => (
            <Cell key={k} cell={row.cells[k]} kind={k} currency={currency} />
          ))}
        </tr>
      ))}
    </ScrollTable>
  );
}
