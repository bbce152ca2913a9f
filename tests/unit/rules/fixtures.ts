import type { TaughtRule } from '@/lib/rules/schema';

/** A taught rule as the store keeps it; override what a test is about. */
export const rule = (over: Partial<TaughtRule> = {}): TaughtRule => ({
  id: 1,
  platform: 'taobao',
  host: 'sycm.taobao.com',
  pageKind: 'dashboard',
  label: '万相台消耗',
  labelText: '万相台消耗',
  hint: { position: 'after', tag: 'div' },
  metric: 'adSpend',
  enabled: true,
  createdAt: Date.UTC(2026, 10, 22, 6),
  applied: 0,
  ...over,
});
