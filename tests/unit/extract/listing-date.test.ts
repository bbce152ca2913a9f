import { describe, expect, it } from 'vitest';
import { listedDateOf } from '@/lib/extract/listing-date';

describe('listing date (上架时间 / 创建时间)', () => {
  it.each([
    ['2026-03-02 10:12', '2026-03-02'],
    ['2026/3/2', '2026-03-02'],
    ['2026年3月2日 10:00', '2026-03-02'],
    ['２０２６－０３－０２', '2026-03-02'],
  ])('%s → %s', (text, date) => {
    expect(listedDateOf(text, '2026-11-22')).toEqual({ listedDate: date });
  });

  it('missing, not a date, impossible, in the future or before online shops: no listing date', () => {
    for (const text of [undefined, '', '-', '暂无', '2026-02-30', '2026-12-01', '1999-01-01']) expect(listedDateOf(text, '2026-11-22')).toEqual({});
  });
});
