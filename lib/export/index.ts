/**
 * Table export (CSV and XLSX) for every feature:
 *
 *   const columns: ExportColumn<Row>[] = [
 *     { header: '日期', kind: 'date', value: (r) => r.date },
 *     { header: '销售额', kind: 'money', value: (r) => r.sales },      // undefined → empty cell
 *     { header: '转化率', kind: 'percent', value: (r) => r.conversion }, // ratio 0.0322 → 3.22%
 *   ];
 *   downloadBlob(exportFileName('数据日报', today, 'csv'), csvBlob(toCsv(columns, rows)));
 *   downloadBlob(exportFileName('数据日报', today, 'xlsx'), await toXlsxBlob(columns, rows, '数据日报'));
 */
export { cellValue, exportFileName, kindAt, type ExportColumn, type ExportSheet, type ExportValue } from './columns';
export { csvBlob, csvCell, toCsv, UTF8_BOM } from './csv';
export { sheetName, toXlsxBlob, toXlsxWorkbook, XLSX_MIME } from './xlsx';
export { downloadBlob } from './download';
