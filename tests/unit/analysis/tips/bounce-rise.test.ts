import { describe, expect, it } from 'vitest';
import { bounceRise } from '@/lib/analysis/tips/bounce-rise';
import { scene } from './context';

describe('tip: bounce rate rose', () => {
  it('40 % for a week (UV-weighted), then 50 %: +25 % ≥ 10 %', () => {
    const [tip] = bounceRise.evaluate(scene({ uv: 1000, bounceRate: 0.4 }, { uv: 1000, bounceRate: 0.5 }));
    expect(tip).toMatchObject({ rule: 'bounceRise', act: 'decoration' });
    expect(tip!.evidence[0]!.baseline!.value).toBeCloseTo(0.4, 12);
    expect(tip!.evidence[0]!.change).toBeCloseTo(0.25, 12);
  });

  it('+5 %: no tip; a fall: no tip', () => {
    expect(bounceRise.evaluate(scene({ uv: 1000, bounceRate: 0.4 }, { uv: 1000, bounceRate: 0.42 }))).toEqual([]);
    expect(bounceRise.evaluate(scene({ uv: 1000, bounceRate: 0.4 }, { uv: 1000, bounceRate: 0.2 }))).toEqual([]);
  });
});
