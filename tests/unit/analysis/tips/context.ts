import { addDays } from '@/lib/dates';
import type { ShopDay } from '@/lib/analysis/report';
import type { TipContext } from '@/lib/analysis/tips';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { ShopMetrics } from '@/lib/model/metrics';

/** A week of steady days then one day that differs: the tips' standard scene. */
export function scene(steady: ShopMetrics, latest: ShopMetrics, options: { today?: string; days?: number } = {}): TipContext {
  const today = options.today ?? '2026-11-09';
  const last = addDays(today, -1);
  const n = options.days ?? 7;
  const shopDays: ShopDay[] = [
    ...Array.from({ length: n }, (_, i) => ({ date: addDays(last, -(n - i)), metrics: steady })),
    { date: last, metrics: latest },
  ];
  return { today, platform: 'taobao', thresholds: DEFAULT_SETTINGS.thresholds, shopDays };
}

export const ctxWith = (partial: Partial<TipContext>): TipContext => ({
  today: '2026-11-09',
  platform: 'taobao',
  thresholds: DEFAULT_SETTINGS.thresholds,
  shopDays: [],
  ...partial,
});

/** Items' stock and recent sales, one per case the stock tips tell apart (7 / 90 days, pace over 14). */
export const STOCK = [
  { itemId: 'running-out', stock: 30, units: 140, unitsDays: 14 }, // 10 a day: 3 days left
  { itemId: 'sold-out', stock: 0, units: 28, unitsDays: 14 }, // 0 days left
  { itemId: 'fine', stock: 300, units: 140, unitsDays: 14 }, // 30 days
  { itemId: 'slow', stock: 500, units: 14, unitsDays: 14 }, // 500 days
  { itemId: 'stuck', stock: 80, units: 0, unitsDays: 14 }, // nothing sold
  { itemId: 'barely-read', stock: 5, units: 30, unitsDays: 6 }, // pace from 6 of 14 days: left out
  { itemId: 'no-sales-known', stock: 5, unitsDays: 0 },
];
