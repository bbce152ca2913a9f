import type { Aggregate } from '@/lib/analysis/aggregate';
import { ALL_SHOPS_COLUMNS, type SummaryLine } from '@/lib/analysis/all-shops';
import type { MonthRow } from '@/lib/analysis/monthly';
import { REPORT_COLUMNS, REPORT_KINDS, type ReportKey, type ReportRow } from '@/lib/analysis/report';
import type { ExportColumn } from '@/lib/export';
import type { MessageKey, Translate } from '@/lib/i18n';

/** Column headers as the seed names them (数据日报表: …, 首页跳失率). */
export const reportHeader = (key: ReportKey, t: Translate) => t(`analysis.col.${key}` as MessageKey);

/** What the notes column says about a row: which values were computed, which are real-time. */
function notes(cells: Aggregate['cells'] | ReportRow['cells'], keys: readonly ReportKey[], t: Translate): string {
  const derived = keys.filter((k) => cells[k]?.derived).map((k) => reportHeader(k, t));
  const live = keys.filter((k) => cells[k]?.live).map((k) => reportHeader(k, t));
  return [
    derived.length ? t('analysis.export.derivedNote', { columns: derived.join('、') }) : '',
    live.length ? t('analysis.export.liveNote', { columns: live.join('、') }) : '',
  ]
    .filter(Boolean)
    .join('；');
}

/** One column per metric of a row of cells (a day's or a month's), derived values in italics. */
function metricColumns<Row extends { cells: Partial<Record<ReportKey, { value?: number; derived?: boolean }>> }>(keys: readonly ReportKey[], t: Translate): ExportColumn<Row>[] {
  return keys.map((key) => ({
    header: reportHeader(key, t),
    kind: REPORT_KINDS[key],
    value: (r) => r.cells[key]?.value,
    derived: (r) => !!r.cells[key]?.derived,
    ...(key === 'visitDepth' || key === 'dsr' ? { digits: 2 } : {}),
  }));
}

export function reportExportColumns(extras: readonly ReportKey[], t: Translate): ExportColumn<ReportRow>[] {
  const keys = [...REPORT_COLUMNS, ...extras];
  return [
    { header: t('analysis.col.date'), kind: 'date', value: (r) => r.date, width: 12 },
    ...metricColumns<ReportRow>(keys, t),
    { header: t('analysis.col.notes'), kind: 'text', value: (r) => notes(r.cells, keys, t), width: 30 },
  ];
}

export function monthlyExportColumns(t: Translate): ExportColumn<MonthRow>[] {
  const keys: ReportKey[] = [...REPORT_COLUMNS, 'paidBuyers', 'orders', 'refundAmount', 'refundRate'];
  return [
    { header: t('analysis.col.month'), kind: 'text', value: (r) => r.month, width: 10 },
    { header: t('analysis.col.daysWithData'), kind: 'integer', value: (r) => r.daysWithData },
    { header: t('analysis.col.days'), kind: 'integer', value: (r) => r.days },
    ...metricColumns<MonthRow>(keys, t),
    { header: t('analysis.col.notes'), kind: 'text', value: (r) => notes(r.cells, keys, t), width: 30 },
  ];
}

/**
 * 全部店铺 · 月度汇总 as a spreadsheet: a 币种 column on every line (money cells carry no sign),
 * shops and each currency's total; the all-shops line leaves money empty and says why.
 */
export function allShopsExportColumns(t: Translate, nameOf: (line: SummaryLine) => string, runningTo?: string): ExportColumn<SummaryLine>[] {
  const cells = (l: SummaryLine) => (l.kind === 'shop' ? l.row.cells : l.total.cells);
  return [
    { header: t('allShops.col.shop'), kind: 'text', value: nameOf, width: 24 },
    { header: t('allShops.col.platform'), kind: 'text', value: (l) => (l.kind === 'shop' ? t(`platform.${l.row.shop.platform}` as MessageKey) : undefined), width: 12 },
    { header: t('allShops.col.currency'), kind: 'text', value: (l) => (l.kind === 'shop' ? l.row.shop.currency : l.kind === 'currency' ? l.total.currency : undefined), width: 8 },
    { header: t('allShops.col.shops'), kind: 'integer', value: (l) => (l.kind === 'shop' ? undefined : l.total.shopsWithData) },
    { header: t('analysis.col.daysWithData'), kind: 'integer', value: (l) => (l.kind === 'shop' ? l.row.daysWithData : undefined) },
    { header: t('analysis.col.days'), kind: 'integer', value: (l) => (l.kind === 'shop' ? l.row.days : l.total.days) },
    ...ALL_SHOPS_COLUMNS.map(
      (key): ExportColumn<SummaryLine> => ({
        header: reportHeader(key, t),
        kind: REPORT_KINDS[key],
        value: (l) => cells(l)[key]?.value,
        derived: (l) => !!cells(l)[key]?.derived,
      }),
    ),
    {
      header: t('analysis.col.notes'),
      kind: 'text',
      value: (l) =>
        [runningTo ? t('allShops.note.running', { date: runningTo }) : '', l.kind === 'all' ? t('allShops.note.notAdded') : '', notes(cells(l), ALL_SHOPS_COLUMNS, t)].filter(Boolean).join('；'),
      width: 30,
    },
  ];
}
