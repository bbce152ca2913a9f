import { describe, expect, it } from 'vitest';
import { jsonNumber, parseReportDate, plausibleDay, scaled } from '@/lib/import/values';

describe('report dates', () => {
  it.each([
    ['2026-11-21', '2026-11-21'],
    ['2026/11/21', '2026-11-21'],
    ['2026.1.5', '2026-01-05'],
    ['2026年11月21日', '2026-11-21'],
    ['20261121', '2026-11-21'],
    ['2026-11-21 00:00:00', '2026-11-21'],
    ['2026-11-21T16:00:00.000Z', '2026-11-21'],
    ['11/21/2026', '2026-11-21'],
    ['２０２６-１１-２１', '2026-11-21'],
    ['2026-02-30', undefined],
    ['2026-13-05', undefined],
    ['13/45/2021', undefined],
    ['10:00', undefined],
    ['2026-11-01 ~ 2026-11-07', undefined],
    ['', undefined],
    ['昨天', undefined],
  ])('%s → %s', (text, date) => {
    expect(parseReportDate(text)).toBe(date);
  });

  it('03/04/2026 follows the given order; "11-21" needs today and takes the latest such day', () => {
    expect(parseReportDate('03/04/2026')).toBe('2026-03-04');
    expect(parseReportDate('03/04/2026', { order: 'dmy' })).toBe('2026-04-03');
    expect(parseReportDate('11-21')).toBeUndefined();
    expect(parseReportDate('11-21', { today: '2026-11-22' })).toBe('2026-11-21');
    expect(parseReportDate('12月31日', { today: '2026-11-22' })).toBe('2025-12-31');
  });

  it('plausible days are not in the future and not more than ten years back', () => {
    expect(plausibleDay('2026-11-22', '2026-11-22')).toBe(true);
    expect(plausibleDay('2026-11-23', '2026-11-22')).toBe(false);
    expect(plausibleDay('2016-11-01', '2026-11-22')).toBe(false);
    expect(plausibleDay(undefined, '2026-11-22')).toBe(false);
  });
});

describe('JSON metric values', () => {
  it.each([
    [12, 'count', 12],
    ['1,204', 'count', 1204],
    ['2209.58', 'money', 2209.58],
    ['11.43%', 'ratio', 0.1143],
    [0.0452, 'ratio', 0.0452],
    [4.52, 'ratio', undefined],
    ['4.52', 'ratio', undefined],
    [-1, 'count', undefined],
    [Number.NaN, 'count', undefined],
    [Number.POSITIVE_INFINITY, 'money', undefined],
    ['NaN', 'count', undefined],
    ['--', 'count', undefined],
    [null, 'count', undefined],
    [true, 'count', undefined],
  ] as const)('%s as %s → %s', (value, kind, out) => {
    expect(jsonNumber(value, kind)).toBe(out);
  });

  it('scales by powers of ten without float noise', () => {
    expect(scaled(1519911, -2)).toBe(15199.11);
    expect(scaled(2.54, -2)).toBe(0.0254);
    expect(scaled(0, -2)).toBe(0);
    expect(scaled(undefined, -2)).toBeUndefined();
  });
});
