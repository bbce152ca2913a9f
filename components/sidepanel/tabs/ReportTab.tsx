import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import EmptyState, { Pending } from '@/components/analysis/EmptyState';
import ExportButtons from '@/components/analysis/ExportButtons';
import { formatValue, type ValueKind } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import { useAnalysisStore, useCurrentShop, useToday } from '@/components/analysis/hooks';
import MonthlyTable from '@/components/analysis/MonthlyTable';
import ReportTable from '@/components/analysis/ReportTable';
import { monthlyExportColumns, reportExportColumns } from '@/components/analysis/report-export';
import ShopPicker, { shopName } from '@/components/analysis/ShopPicker';
import SourcesSection from '@/components/analysis/SourcesSection';
import TrendChart from '@/components/analysis/TrendChart';
import '@/components/analysis/analysis.css';
import AllShopsSummary, { AllShopsJump } from '@/components/analysis/AllShopsSummary';
import { aggregateDays } from '@/lib/analysis/aggregate';
import { addDays, monthOf } from '@/lib/dates';
import { monthlySheet } from '@/lib/analysis/monthly';
import { dailyReport, daysWithData, extraColumnsPresent, reportCells, type ReportKey } from '@/lib/analysis/report';
import { db, type ShopRow } from '@/lib/db';

/** 'YYYY-MM' n months earlier. */
const monthsBefore = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

const RANGES = [7, 30, 90] as const;
type Range = (typeof RANGES)[number];
/** The monthly sheet covers the running month and the eleven before it. */
const MONTHS = 12;

/**
 * 数据日报 (docs/domain.md#daily-report): trend charts for sales, visitors, conversion and AOV over 7/30/90 days,
 * the daily report table (computed values marked, gaps as '—'), 来源构成 (traffic-source shares)
 * and the 月度考核表, each
 * exportable as XLSX/CSV. Reads a bounded window of shopDaily (at most one row per day).
 */
export default function ReportTab() {
  const t = useT();
  const { shops, shop } = useCurrentShop();
  if (shops === undefined) return <Pending />;
  if (!shop) return <EmptyState what="analysis.empty.noShop" progress={t('empty.progress.report', { days: 0 })} />;
  return <Report key={shop.key} shop={shop} shops={shops} />;
}

function Report({ shop, shops }: { shop: ShopRow; shops: ShopRow[] }) {
  const t = useT();
  const today = useToday();
  const focus = useAnalysisStore((s) => s.focus);
  const [chosen, setRange] = useState<Range>(30);
  // A tip pointing at an older date widens the range to show it.
  const focusDate = focus && /^\d{4}-\d{2}-\d{2}$/.test(focus) ? focus : undefined;
  const range: Range = focusDate && focusDate < addDays(today, -chosen) ? 90 : chosen;
  useEffect(() => {
    if (focusDate) document.getElementById(`an-day-${focusDate}`)?.scrollIntoView({ block: 'center' });
  }, [focusDate]);

  const yesterday = addDays(today, -1);
  const from = addDays(today, -range);
  const firstMonth = monthsBefore(monthOf(today), MONTHS - 1);
  const monthFrom = `${firstMonth}-01`;
  const days = useLiveQuery(
    () => db.shopDaily.where('[shopKey+date]').between([shop.key, monthFrom < from ? monthFrom : from], [shop.key, today], true, true).toArray(),
    [shop.key, monthFrom, from, today],
  );
  const currency = shop.currency;

  const report = useMemo(() => {
    if (!days) return undefined;
    const rows = dailyReport(days, from, yesterday);
    const todayRow = days.find((d) => d.date === today);
    return { rows, withToday: todayRow ? [...rows, { date: today, cells: reportCells(todayRow) }] : rows, extras: extraColumnsPresent(rows) };
  }, [days, from, yesterday, today]);
  // From the first month with data (at most MONTHS back) to the running month; empty months in between stay as gaps.
  const months = useMemo(() => {
    if (!days) return undefined;
    const first = days.reduce((m, d) => (monthOf(d.date) < m ? monthOf(d.date) : m), monthOf(today));
    return monthlySheet(days, first < firstMonth ? firstMonth : first, monthOf(today), today);
  }, [days, firstMonth, today]);

  return (
    <div className="an-tab">
      <ShopPicker shops={shops} shop={shop} />
      <AllShopsJump shops={shops} />
      {!report || !months ? (
        <Pending />
      ) : daysWithData(report.withToday) === 0 && months.every((m) => m.daysWithData === 0) ? (
        <EmptyState what="analysis.empty.noDays" progress={t('empty.progress.report', { days: 0 })} />
      ) : (
        <>
          {daysWithData(report.withToday) < 7 ? <p className="an-progress">{t('empty.progress.report', { days: daysWithData(report.withToday) })}</p> : null}
          <section aria-labelledby="an-trends">
            <div className="an-head">
              <h2 id="an-trends">{t('analysis.trends.title')}</h2>
              <RangePicker value={range} onChange={setRange} />
            </div>
            <Trends rows={report.rows} days={range} currency={currency} />
          </section>
          <section aria-labelledby="an-report">
            <div className="an-head">
              <h2 id="an-report">{t('analysis.report.title')}</h2>
              <ExportButtons
                label={t('analysis.report.title')}
                base={`${t('analysis.report.file')}-${shopName(shop, t)}`}
                date={today}
                sheets={() => [{ name: `${t('analysis.report.title')} ${shopName(shop, t)}`, columns: reportExportColumns(report.extras, t), rows: [...report.withToday].reverse() }]}
              />
            </div>
            <p className="muted an-legend">
              {t('analysis.report.legend', { days: daysWithData(report.rows), range })}
              <span className="an-derived">
                12.3<sup>{t('analysis.cell.derivedMark')}</sup>
              </span>{' '}
              {t('analysis.cell.derived')} · <span className="an-live" /> {t('analysis.cell.live')} · {t('common.missing')} {t('analysis.report.gap')}
            </p>
            <ReportTable rows={report.withToday} extras={report.extras} currency={currency} focus={focus} />
          </section>
          <SourcesSection shop={shop} today={today} focus={focus} />
          <section aria-labelledby="an-monthly">
            <div className="an-head">
              <h2 id="an-monthly">{t('analysis.monthly.title')}</h2>
              <ExportButtons
                label={t('analysis.monthly.title')}
                base={`${t('analysis.monthly.file')}-${shopName(shop, t)}`}
                date={today}
                sheets={() => [{ name: `${t('analysis.monthly.title')} ${shopName(shop, t)}`, columns: monthlyExportColumns(t), rows: months }]}
              />
            </div>
            <p className="muted an-legend">{t('analysis.monthly.hint')}</p>
            <MonthlyTable rows={months} currency={currency} today={today} />
          </section>
        </>
      )}
      <AllShopsSummary shops={shops} today={today} />
    </div>
  );
}

function RangePicker({ value, onChange }: { value: Range; onChange(r: Range): void }) {
  const t = useT();
  const name = useId();
  return (
    <div className="an-segment" role="radiogroup" aria-label={t('analysis.range.label')}>
      {RANGES.map((r) => (
        <label key={r} className={r === value ? 'on' : undefined}>
          <input type="radio" name={name} value={r} checked={r === value} onChange={() => onChange(r)} />
          {t('analysis.range.days', { days: r })}
        </label>
      ))}
    </div>
  );
}

const TREND_KEYS: { key: ReportKey; kind: ValueKind }[] = [
  { key: 'salesAmount', kind: 'money' },
  { key: 'uv', kind: 'integer' },
  { key: 'conversionRate', kind: 'percent' },
  { key: 'aov', kind: 'money' },
];

/** Four small charts; each caption sums up its period (totals for amounts, ratios from the sums). */
function Trends({ rows, days, currency }: { rows: ReturnType<typeof dailyReport>; days: number; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  const dates = useMemo(() => rows.map((r) => r.date), [rows]);
  const series = useMemo(() => Object.fromEntries(TREND_KEYS.map(({ key }) => [key, rows.map((r) => r.cells[key]?.value)])), [rows]);
  const period = useMemo(
    () => aggregateDays(rows.flatMap((r) => (Object.keys(r.cells).length ? [{ date: r.date, metrics: Object.fromEntries(Object.entries(r.cells).filter(([, c]) => !c.derived).map(([k, c]) => [k, c.value])) }] : [])), days),
    [rows, days],
  );
  return (
    <div className="an-charts">
      {TREND_KEYS.map(({ key, kind }) => {
        const value = period.cells[key]?.value;
        const summary =
          value === undefined
            ? ''
            : t(kind === 'percent' || key === 'aov' ? 'analysis.trends.periodRatio' : 'analysis.trends.periodSum', { days, value: formatValue(value, kind, locale, currency) });
        return <TrendChart key={key} label={t(`analysis.col.${key}`)} dates={dates} values={series[key]!} kind={kind} currency={currency} summary={summary} />;
      })}
    </div>
  );
}
