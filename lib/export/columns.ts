/**
 * Table export shared by every feature that hands the seller a spreadsheet (daily report, 月度考核表,
 * campaign 汇报表, checklist history). A table is columns + rows; each column says what kind of value
 * it holds so CSV and XLSX both print it the way Excel/WPS users expect:
 * - numbers stay numbers (no thousands separators or currency signs in CSV, number cells in XLSX);
 * - percentages are ratios (0.0322) printed as '3.22%' in CSV and as a 0.00% number cell in XLSX;
 * - a missing value (undefined, NaN, ±Infinity) is an EMPTY cell, never 0.
 */

import type { ValueKind } from '@/lib/format';

export type ExportValue = string | number | undefined | null;

export interface ExportColumn<Row> {
  /** Column title as the seller reads it (already translated, Chinese by default). */
  header: string;
  kind: ValueKind;
  /** The cell's value; undefined/null/NaN = missing (empty cell). Dates as 'YYYY-MM-DD'. */
  value(row: Row): ExportValue;
  /** Decimal places for 'number' (default 2) and 'percent' (default 2, of the percentage). */
  digits?: number;
  /** XLSX column width in characters (default: from the header, at least 10). */
  width?: number;
  /** XLSX: cells computed from other cells (e.g. 客单价 = 销售额 / 支付买家数) are shown in italics. */
  derived?(row: Row): boolean;
  /** A row's own kind, for tables whose rows are different metrics (a 汇报表: money, counts, rates). */
  rowKind?(row: Row): ValueKind;
}

/** The kind of one cell: the row's own, else the column's. */
export const kindAt = <Row>(column: ExportColumn<Row>, row: Row): ValueKind => column.rowKind?.(row) ?? column.kind;

export interface ExportSheet<Row = unknown> {
  name: string;
  columns: ExportColumn<Row>[];
  rows: readonly Row[];
}

/** The cell value if it is a usable one of the column's kind, else undefined (missing). */
export function cellValue<Row>(column: ExportColumn<Row>, row: Row): string | number | undefined {
  const value = column.value(row);
  if (value === undefined || value === null) return undefined;
  const kind = kindAt(column, row);
  if (kind === 'text' || kind === 'date') return typeof value === 'number' ? String(value) : value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return value;
}

/** 'daily-report', '2026-11-22', 'csv' → 'daily-report-2026-11-22.csv' (safe on every OS). */
export function exportFileName(base: string, date: string, extension: 'csv' | 'xlsx'): string {
  const safe = base.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'shopmate';
  return `${safe}-${date}.${extension}`;
}
