import { addDays, isFinalRead } from '@/lib/dates';
import type { ShopDay } from '../report';
import type { ShopMetricKey } from '@/lib/model/metrics';
import { severityOf, type Tip, type TipRuleId } from './types';

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

/** What a tip about a window of days starts with: dated by the window's last day (one finding per rule and window). */
export const windowTipHead = (rule: TipRuleId, window: { to: string }, score: number): Pick<Tip, 'id' | 'rule' | 'date' | 'score' | 'severity'> => ({
  id: `${rule}:${window.to}`,
  rule,
  date: window.to,
  score,
  severity: severityOf(score),
});

/** The window's bounds as a tip's first params. */
export const windowBounds = (window: { from: string; to: string }): Tip['params'] => ({
  from: { value: window.from, kind: 'date' },
  to: { value: window.to, kind: 'date' },
});
