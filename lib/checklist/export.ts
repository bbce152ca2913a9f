import type { ExportColumn } from '@/lib/export/columns';
import type { MonthRow, MonthTable } from './history';

/**
 * The 月度考核表 as an export table (lib/export writes it as CSV with a UTF-8 BOM, or XLSX):
 * one row per day, one column per duty (✓ when done), then done / due / rate, and a total row.
 * Days before ShopMate or after today are left empty, not counted as failures.
 */

export type MonthSheetRow = { kind: 'day'; row: MonthRow } | { kind: 'total' };

export interface MonthSheetLabels {
  date: string;
  done: string;
  due: string;
  rate: string;
  total: string;
  /** The mark in a done cell. */
  tick: string;
}

export function monthSheet(
  table: MonthTable,
  dutyNames: readonly string[],
  labels: MonthSheetLabels,
): { columns: ExportColumn<MonthSheetRow>[]; rows: MonthSheetRow[] } {
  const counted = (r: MonthSheetRow): MonthRow | undefined => (r.kind === 'day' && r.row.state === 'day' ? r.row : undefined);
  const columns: ExportColumn<MonthSheetRow>[] = [
    {
      header: labels.date,
      kind: 'date',
      rowKind: (r) => (r.kind === 'total' ? 'text' : 'date'),
      value: (r) => (r.kind === 'total' ? labels.total : r.row.date),
      width: 12,
    },
    ...table.duties.map(
      (duty, i): ExportColumn<MonthSheetRow> => ({
        header: safeHeader(dutyNames[i] ?? duty.id),
        kind: 'text',
        rowKind: (r) => (r.kind === 'total' ? 'integer' : 'text'),
        value: (r) => (r.kind === 'total' ? (table.perDuty[duty.id] ?? 0) : counted(r) && (r.row.done.has(duty.id) ? labels.tick : '')),
      }),
    ),
    { header: labels.done, kind: 'integer', value: (r) => (r.kind === 'total' ? table.doneTotal : counted(r)?.doneCount) },
    { header: labels.due, kind: 'integer', value: (r) => (r.kind === 'total' ? table.dueTotal : counted(r)?.total) },
    {
      header: labels.rate,
      kind: 'percent',
      digits: 1,
      value: (r) => {
        if (r.kind === 'total') return table.rate;
        const row = counted(r);
        return row && row.total > 0 ? row.doneCount / row.total : undefined;
      },
    },
  ];
  return { columns, rows: [...table.rows.map((row): MonthSheetRow => ({ kind: 'day', row })), { kind: 'total' }] };
}

/**
 * A seller's own duty name is a header cell, and lib/export's CSV writer escapes formula-like
 * data cells but prints headers as they are: quote it here so "=HYPERLINK(…)" stays text.
 */
const safeHeader = (name: string) => (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
