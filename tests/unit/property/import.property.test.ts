import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chunkExtraction, readReport } from '@/lib/import';
import { addDays, isoDate } from '@/lib/dates';
import { jsonNumber, parseReportDate } from '@/lib/import/values';
import { captureMessages } from '@/lib/messaging/messages/capture';
import { ExtractionSchema } from '@/lib/model/schemas';

/**
 * Property tests of report import (lib/import, helper A2's): any bytes → a coded refusal or rows
 * that pass the message contract; a 生意参谋 宏观监控 export written with random days and numbers
 * reads back exactly, and each garbled row is rejected with its own row number while the others
 * are kept; dates in every spelling mean the same day.
 */

const TODAY = '2026-11-22';
const enc = new TextEncoder();

describe('readReport on any bytes', () => {
  it('never throws; refuses with a code, or everything it produces passes the importReport contract', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ maxLength: 400 }).map((s) => enc.encode(s)),
      // CSV-ish text with sycm headers and garbage below them
      fc.array(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.constantFrom('2026-11-21', '-', '1,234', '3.2%', '合计', '¥12.5')), { maxLength: 8 }), { maxLength: 30 }).map((rows) =>
        enc.encode(Papa.unparse([['统计日期', '支付金额', '访客数', '支付买家数', '支付转化率', '支付件数'], ...rows])),
      ),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        const result = await readReport({ name: 'report.csv', bytes: b }, { today: TODAY });
        if (!result.ok) {
          expect(typeof result.code).toBe('string');
          return;
        }
        for (const chunk of chunkExtraction(result.parse.extraction)) {
          expect(ExtractionSchema.safeParse(chunk).success).toBe(true);
          const payload = { platform: result.parse.platform, fileName: 'report.csv', importedAt: 1_795_000_000_000, extraction: chunk };
          expect(captureMessages.importReport.payload.safeParse(payload).success).toBe(true);
        }
        for (const r of result.parse.rejected) expect(r.row).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a 生意参谋 宏观监控 export with random days and numbers', () => {
  const day = fc.integer({ min: 0, max: 364 }).map((back) => addDays(TODAY, -back));
  const row = fc.record({
    date: day,
    salesCents: fc.integer({ min: 0, max: 5_000_000_00 }),
    uv: fc.integer({ min: 0, max: 2_000_000 }),
    buyers: fc.integer({ min: 0, max: 50_000 }),
    rateHundredths: fc.integer({ min: 0, max: 10_000 }),
    units: fc.integer({ min: 0, max: 80_000 }),
  });
  const HEADER = ['统计日期', '支付金额', '访客数', '支付买家数', '支付转化率', '支付件数'];
  function toCells(r: { date: string; salesCents: number; uv: number; buyers: number; rateHundredths: number; units: number }) {
    return [
      r.date,
      (r.salesCents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 }),
      r.uv.toLocaleString('en-US'),
      String(r.buyers),
      `${(r.rateHundredths / 100).toFixed(2)}%`,
      String(r.units),
    ];
  }
  const expectedMetrics = (r: Parameters<typeof toCells>[0]) => ({
    salesAmount: Number((r.salesCents / 100).toFixed(2)),
    uv: r.uv,
    paidBuyers: r.buyers,
    conversionRate: Number(`${(r.rateHundredths / 100).toFixed(2)}e-2`),
    unitsSold: r.units,
  });

  it('reads back every day exactly, with or without a BOM', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { selector: (r) => r.date, minLength: 1, maxLength: 40 }), fc.boolean(), async (rows, bom) => {
        const csv = Papa.unparse([HEADER, ...rows.map(toCells)]);
        const result = await readReport({ name: '宏观监控.csv', bytes: enc.encode(`${bom ? '\uFEFF' : ''}${csv}`) }, { today: TODAY });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.parse.platform).toBe('taobao');
        expect(result.parse.rejected).toEqual([]);
        const byDate = Object.fromEntries(result.parse.extraction.shopDays.map((d) => [d.date, d.metrics]));
        expect(byDate).toEqual(Object.fromEntries(rows.map((r) => [r.date, expectedMetrics(r)])));
      }),
      { numRuns: 150 },
    );
  });

  it('a garbled row is rejected with its own row number (header = row 1); every other row is kept', async () => {
    const garble = fc.constantFrom<[number, string]>([1, 'abc'], [1, '-12.00'], [2, '1.2.3'], [4, '32'], [0, '2026-02-30'], [0, '2099-01-01'], [4, 'NaN%'], [1, '€12.00']);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { selector: (r) => r.date, minLength: 2, maxLength: 30 }), fc.nat(), garble, async (rows, pick, [column, bad]) => {
        const victim = pick % rows.length;
        const cells = rows.map(toCells);
        cells[victim]![column] = bad;
        const result = await readReport({ name: '宏观监控.csv', bytes: enc.encode(Papa.unparse([HEADER, ...cells])) }, { today: TODAY });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.parse.rejected.map((r) => r.row)).toEqual([victim + 2]);
        const kept = rows.filter((_, i) => i !== victim);
        expect(Object.fromEntries(result.parse.extraction.shopDays.map((d) => [d.date, d.metrics]))).toEqual(
          Object.fromEntries(kept.map((r) => [r.date, expectedMetrics(r)])),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('report dates', () => {
  const real = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true });

  it('every spelling of a day means that day', () => {
    fc.assert(
      fc.property(real, (d) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = isoDate(y, m, dd)!;
        const p2 = (n: number) => String(n).padStart(2, '0');
        for (const text of [iso, `${y}/${m}/${dd}`, `${y}.${p2(m)}.${p2(dd)}`, `${y}年${m}月${dd}日`, `${y}${p2(m)}${p2(dd)}`, `${iso}T08:00:00+08:00`, ` ${iso} `]) {
          expect(parseReportDate(text), text).toBe(iso);
        }
        expect(parseReportDate(`${p2(m)}/${p2(dd)}/${y}`, { order: 'mdy' })).toBe(iso);
        expect(parseReportDate(`${p2(dd)}/${p2(m)}/${y}`, { order: 'dmy' })).toBe(iso);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, and what it returns is a real calendar day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.anything()), (input) => {
        const out = parseReportDate(input, { today: TODAY });
        if (out !== undefined) expect(isoDate(Number(out.slice(0, 4)), Number(out.slice(5, 7)), Number(out.slice(8, 10)))).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('jsonNumber (values in console JSON and reports)', () => {
  it('is never negative, NaN or infinite; a bare ratio above 1 is unknown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string({ maxLength: 20 }), fc.anything()), fc.constantFrom('count', 'money', 'ratio', 'score') as fc.Arbitrary<'count' | 'money' | 'ratio' | 'score'>, (value, kind) => {
        const n = jsonNumber(value, kind);
        if (n === undefined) return;
        expect(Number.isFinite(n) && n >= 0).toBe(true);
        if (kind === 'ratio' && typeof value === 'number') expect(n).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3000 },
    );
  });
});
