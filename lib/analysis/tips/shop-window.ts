import { addDays, isFinalRead } from '@/lib/dates';
import type { ShopDay } from '../report';
import type { ShopMetricKey } from '@/lib/model/metrics';

/**
 * The last `days` finished days before today ([today − days, today − 1]) and the `days` before
 * them, each with only the days whose listed metrics are all known and final (a value read while
 * its day ran may still grow). A window with such days on fewer than half its length is absent:
 * too little to judge.
 */
export interface ShopWindow {
  from: string;
  to: string;
  days: ShopDay[];
}

export function shopWindow(all: readonly ShopDay[], today: string, days: number, keys: readonly ShopMetricKey[], shift = 0): ShopWindow | undefined {
  const from = addDays(today, -days * (shift + 1));
  const to = addDays(today, -days * shift - 1);
  const inside = all.filter(
    (d) => d.date >= from && d.date <= to && keys.every((k) => d.metrics[k] !== undefined && isFinalRead(d.date, d.provenance?.[k]?.at)),
  );
  return inside.length >= Math.ceil(days / 2) ? { from, to, days: inside } : undefined;
}

export const sumOf = (days: readonly ShopDay[], key: ShopMetricKey) => days.reduce((n, d) => n + d.metrics[key]!, 0);
