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
