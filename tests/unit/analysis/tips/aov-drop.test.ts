import { describe, expect, it } from 'vitest';
import { aovDrop } from '@/lib/analysis/tips/aov-drop';
import { scene } from './context';

describe('tip: AOV fell', () => {
  it('¥50 (Σ sales / Σ buyers) then ¥40: −20 % ≥ 15 %', () => {
    const [tip] = aovDrop.evaluate(scene({ salesAmount: 1500, paidBuyers: 30 }, { salesAmount: 1200, paidBuyers: 30 }));
    expect(tip).toMatchObject({ rule: 'aovDrop', act: 'campaigns' });
    expect(tip!.evidence[0]).toMatchObject({ value: { value: 40, kind: 'money' }, baseline: { value: 50, kind: 'money' } });
    expect(tip!.evidence[0]!.change).toBeCloseTo(-0.2, 12);
  });

  it('uses the AOV the console shows when it shows one', () => {
    const [tip] = aovDrop.evaluate(scene({ aov: 100, salesAmount: 3000, paidBuyers: 30 }, { aov: 70 }));
    expect(tip!.evidence[0]!.value!.value).toBe(70);
  });

  it('−10 %: no tip', () => {
    expect(aovDrop.evaluate(scene({ salesAmount: 1500, paidBuyers: 30 }, { salesAmount: 1350, paidBuyers: 30 }))).toEqual([]);
  });
});
