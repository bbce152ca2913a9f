import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvCell, exportFileName, sheetName, toCsv, toXlsxBlob, toXlsxWorkbook, UTF8_BOM, type ExportColumn } from '@/lib/export';

interface Day {
  date: string;
  title?: string;
  uv?: number;
  sales?: number;
  conversion?: number;
  depth?: number;
  derivedDepth?: boolean;
}

const columns: ExportColumn<Day>[] = [
  { header: '日期', kind: 'date', value: (r) => r.date },
  { header: '宝贝', kind: 'text', value: (r) => r.title },
  { header: '访客数', kind: 'integer', value: (r) => r.uv },
  { header: '销售额', kind: 'money', value: (r) => r.sales },
  { header: '转化率', kind: 'percent', value: (r) => r.conversion },
  { header: '访问深度', kind: 'number', value: (r) => r.depth, derived: (r) => !!r.derivedDepth },
];

const rows: Day[] = [
  { date: '2026-11-20', title: '北欧实木床头柜, "简约"', uv: 12000, sales: 12345.6, conversion: 0.032, depth: 3.0677, derivedDepth: true },
  { date: '2026-11-21', title: '=HYPERLINK("x")', uv: undefined, sales: Number.NaN, conversion: undefined },
  { date: '2026-11-22', title: '-3 折', uv: 0, sales: 0, conversion: -0.125 },
];

const parseCsv = (text: string) => Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;

describe('toCsv', () => {
  const csv = toCsv(columns, rows);

  it('starts with the UTF-8 BOM and uses CRLF, with the Chinese headers in order', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`${UTF8_BOM}日期,宝贝,访客数,销售额,转化率,访问深度`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('prints numbers as numbers, percentages as percentages, missing as empty (never 0)', () => {
    const data = parseCsv(csv);
    expect(data[1]).toEqual(['2026-11-20', '北欧实木床头柜, "简约"', '12000', '12345.6', '3.20%', '3.07']);
    expect(data[2]).toEqual(['2026-11-21', `'=HYPERLINK("x")`, '', '', '', '']);
    // A real zero stays 0; a negative percentage (a change) stays a number.
    expect(data[3]).toEqual(['2026-11-22', `'-3 折`, '0', '0', '-12.50%', '']);
  });

  it('digits are configurable', () => {
    expect(csvCell({ header: 'x', kind: 'percent', digits: 1, value: () => 0.03216 }, {})).toBe('3.2%');
    expect(csvCell({ header: 'x', kind: 'number', digits: 0, value: () => 2.6 }, {})).toBe('3');
    expect(csvCell({ header: 'x', kind: 'money', value: () => 10 }, {})).toBe('10');
    expect(csvCell({ header: 'x', kind: 'integer', value: () => Infinity }, {})).toBe('');
  });

  it('an empty table is just the header row', () => {
    expect(toCsv(columns, [])).toBe(`${UTF8_BOM}日期,宝贝,访客数,销售额,转化率,访问深度\r\n`);
  });
});

describe('toXlsxBlob', () => {
  it('writes number cells with formats, dates as dates, missing as empty cells', async () => {
    const blob = await toXlsxBlob(columns, rows, '数据日报');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [sheet] = await readXlsxFile(blob);
    expect(sheet!.sheet).toBe('数据日报');
    const data = sheet!.data;
    expect(data[0]).toEqual(['日期', '宝贝', '访客数', '销售额', '转化率', '访问深度']);
    const [date, title, uv, sales, conversion, depth] = data[1]!;
    expect(date).toBeInstanceOf(Date);
    expect((date as unknown as Date).toISOString().slice(0, 10)).toBe('2026-11-20');
    expect([title, uv, sales, conversion, depth]).toEqual(['北欧实木床头柜, "简约"', 12000, 12345.6, 0.032, 3.0677]);
    expect(data[2]!.slice(1)).toEqual(['=HYPERLINK("x")', null, null, null, null]);
    expect(data[3]!.slice(2, 5)).toEqual([0, 0, -0.125]);
  });

  it('formats percentages and money in the styles, italics for derived cells, a frozen header', async () => {
    const blob = await toXlsxBlob(columns, rows, '数据日报');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const styles = new TextDecoder().decode(files['xl/styles.xml']);
    expect(styles).toContain('0.00%');
    expect(styles).toContain('#,##0.00');
    expect(styles).toContain('<i/>');
    const sheetXml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"/);
  });

  it('writes a year of wide rows (sheet XML over fflate 160 KB worker limit) without a worker', async () => {
    const many: Day[] = Array.from({ length: 400 }, (_, i) => ({ date: `2026-01-01`, uv: 1000 + i, sales: 12345.67 + i, conversion: 0.03, depth: 3.1 }));
    const wide = [...columns, ...columns, ...columns].map((c, i) => ({ ...c, header: `${c.header}${i}` }));
    const blob = await toXlsxBlob(wide, many, '全年');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(files['xl/worksheets/sheet1.xml']!.length).toBeGreaterThan(160_000);
    const [sheet] = await readXlsxFile(blob);
    expect(sheet!.data).toHaveLength(401);
  });

  it('a workbook of several sheets, names made safe for Excel', async () => {
    const blob = await toXlsxWorkbook([
      { name: '汇报表', columns, rows },
      { name: 'a/b:c*?[d]', columns, rows: [] },
    ]);
    const sheets = await readXlsxFile(blob);
    expect(sheets.map((s) => s.sheet)).toEqual(['汇报表', 'a b c   d']);
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});

describe('per-row kinds', () => {
  it('a 汇报表 column holds money, counts and rates, each printed as its own kind', async () => {
    const rows = [
      { metric: '销售额', kind: 'money' as const, value: 12345.678 },
      { metric: '访客数', kind: 'integer' as const, value: 3000 },
      { metric: '转化率', kind: 'percent' as const, value: 0.0325 },
    ];
    const cols: ExportColumn<(typeof rows)[number]>[] = [
      { header: '指标', kind: 'text', value: (r) => r.metric },
      { header: '活动期间', kind: 'number', rowKind: (r) => r.kind, value: (r) => r.value },
    ];
    expect(parseCsv(toCsv(cols, rows)).slice(1)).toEqual([
      ['销售额', '12345.68'],
      ['访客数', '3000'],
      ['转化率', '3.25%'],
    ]);
    const files = unzipSync(new Uint8Array(await (await toXlsxBlob(cols, rows, '汇报表')).arrayBuffer()));
    const styles = new TextDecoder().decode(files['xl/styles.xml']);
    expect(styles).toContain('0.00%');
    expect(styles).toContain('#,##0.00');
  });
});

describe('exportFileName', () => {
  it('joins base, date and extension safely', () => {
    expect(exportFileName('数据日报 小鹿/家居', '2026-11-22', 'xlsx')).toBe('数据日报-小鹿-家居-2026-11-22.xlsx');
    expect(exportFileName('', '2026-11-22', 'csv')).toBe('shopmate-2026-11-22.csv');
  });
});
