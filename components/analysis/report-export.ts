import type { Aggregate } from '@/lib/analysis/aggregate';
import type { MonthRow } from '@/lib/analysis/monthly';
import { REPORT_COLUMNS, REPORT_KINDS, type ReportKey, type ReportRow } from '@/lib/analysis/report';
import type { ExportColumn, ExportKind } from '@/lib/export';
import type { MessageKey, Translate } from '@/lib/i18n';

/** Column headers as the seed names them (数据日报表: …, 首页跳失率). */
export const reportHeader = (key: ReportKey, t: Translate) => t(`analysis.col.${key}` as MessageKey);

const exportKind = (key: ReportKey): ExportKind => {
  const kind = REPORT_KINDS[key];
  return kind === 'score' ? 'number' : kind;
};

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

export function reportExportColumns(extras: readonly ReportKey[], t: Translate): ExportColumn<ReportRow>[] {
  const keys = [...REPORT_COLUMNS, ...extras];
  return [
    { header: t('analysis.col.date'), kind: 'date', value: (r) => r.date, width: 12 },
    ...keys.map(
      (key): ExportColumn<ReportRow> => ({
        header: reportHeader(key, t),
        kind: exportKind(key),
        value: (r) => r.cells[key]?.value,
        derived: (r) => !!r.cells[key]?.derived,
        ...(key === 'visitDepth' || key === 'dsr' ? { digits: 2 } : {}),
      }),
    ),
    { header: t('analysis.col.notes'), kind: 'text', value: (r) => notes(r.cells, keys, t), width: 30 },
  ];
}

export function monthlyExportColumns(t: Translate): ExportColumn<MonthRow>[] {
  const keys: ReportKey[] = [...REPORT_COLUMNS, 'paidBuyers', 'orders', 'refundAmount', 'refundRate'];
  return [
    { header: t('analysis.col.month'), kind: 'text', value: (r) => r.month, width: 10 },
    { header: t('analysis.col.daysWithData'), kind: 'integer', value: (r) => r.daysWithData },
    { header: t('analysis.col.days'), kind: 'integer', value: (r) => r.days },
    ...keys.map(
      (key): ExportColumn<MonthRow> => ({
        header: reportHeader(key, t),
        kind: exportKind(key),
        value: (r) => r.cells[key]?.value,
        derived: (r) => !!r.cells[key]?.derived,
        ...(key === 'visitDepth' || key === 'dsr' ? { digits: 2 } : {}),
      }),
    ),
    { header: t('analysis.col.notes'), kind: 'text', value: (r) => notes(r.cells, keys, t), width: 30 },
  ];
}
