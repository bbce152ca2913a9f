import { useLocale, useT } from '@/components/app/i18n';
import type { MonthRow } from '@/lib/analysis/monthly';
import { monthOf } from '@/lib/dates';
import { REPORT_COLUMNS, type ReportKey } from '@/lib/analysis/report';
import { monthLabel } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import { Cell } from './ReportTable';
import { reportHeader } from './report-export';
import ScrollTable from './ScrollTable';

const KEYS: ReportKey[] = [...REPORT_COLUMNS, 'paidBuyers', 'refundAmount'];

/** 月度数据考核表: sums per month (the running month says it runs to today), ratios from the sums (computed, so in italics), days with data. */
export default function MonthlyTable({ rows, currency, today }: { rows: readonly MonthRow[]; currency: Currency; today?: string }) {
  const t = useT();
  const locale = useLocale();
  const keys = KEYS.filter((k) => k !== 'refundAmount' || rows.some((r) => r.cells.refundAmount));
  return (
    <ScrollTable label={t('analysis.monthly.title')} testId="monthly-sheet" headers={[t('analysis.col.month'), t('analysis.col.daysWithData'), ...keys.map((k) => reportHeader(k, t))]}>
      {rows.map((row) => (
        <tr key={row.month}>
          <th scope="row">
            {monthLabel(row.month, locale)}
            {today && monthOf(today) === row.month ? <span className="an-live-tag">{t('analysis.month.running')}</span> : null}
          </th>
          <td>
            {row.daysWithData}/{row.days}
          </td>
          {keys.map((k) => (
            <Cell key={k} cell={row.cells[k]} kind={k} currency={currency} />
          ))}
        </tr>
      ))}
    </ScrollTable>
  );
}
