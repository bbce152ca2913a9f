import { normalizeLabel, traceMetricsByLabel, type LabelSynonyms } from '@/lib/extract/labels';
import { isPeerText } from '@/lib/extract/peer';
import type { ShopMetricKey } from '@/lib/model/catalogue';
import type { ShopMetrics } from '@/lib/model/metrics';
import { readShopDays } from '@/lib/platforms/shop-item-readers';
import type { Extraction, ReadContext } from '@/lib/platforms/types';
import type { TaughtRule } from './schema';

/**
 * Taught rules applied to one read of a page (lib/content/taught.ts calls this after the
 * platform's own reader). Pure apart from reading `root`.
 * - A correction (`replaces`): where the built-in reader took that metric from the rule's label,
 *   the value is dropped (and read as the rule's metric instead, if it names one).
 * - A reading rule: its label is read like any console label (dated by the page's own date
 *   markers, lib/platforms/shop-item-readers.ts readShopDays); a metric the built-in reader did not
 *   read is added; one it read with the same value counts as applied; one it read with another
 *   value is a conflict and the built-in read stays, unless the seller chose this number
 *   (`prefer: 'taught'`) when the overlay asked.
 */

export interface RuleConflict {
  ruleId: number;
  date: string;
  metric: ShopMetricKey;
  builtIn: number;
  taught: number;
}

export interface TaughtApplication {
  extraction: Extraction | undefined;
  /** Rules that read or corrected something on this page. */
  applied: number[];
  conflicts: RuleConflict[];
  /** Rules whose label the page shows (read or not). */
  seen: number[];
}

/** Item-table columns that stop a table being read as the shop's (any console). */
const ITEM_ID_COLUMNS = { itemId: ['商品ID', '宝贝ID', '商品id', 'SKU ID', 'ASIN', '(Child) ASIN'] };

/**
 * Enabled rules of one console (platform + host). A rule whose label names another shop's or
 * the market's number (同行平均…, 行业均值: lib/extract/peer.ts) never applies, whenever it was
 * taught: ShopMate reads the shop's own numbers only. The rules that do apply never read inside
 * a 同行/行业 section either: they read through the same reader (lib/extract/labels.ts), which
 * leaves peer regions out.
 */
export function rulesForConsole(rules: readonly TaughtRule[], platform: string, host: string): TaughtRule[] {
  return rules.filter((r) => r.enabled && r.platform === platform && r.host === host && r.id !== undefined && !isPeerText(r.labelText));
}

/** One label table for the rules that read a metric: metric → the labels taught for it. */
export function readingLabels(rules: readonly TaughtRule[]): LabelSynonyms<ShopMetricKey> {
  const out: Partial<Record<ShopMetricKey, string[]>> = {};
  for (const r of rules) if (r.metric) (out[r.metric] ??= []).push(r.labelText);
  return out;
}

export function applyTaughtRules(
  extraction: Extraction | undefined,
  root: ParentNode,
  ctx: ReadContext,
  rules: readonly TaughtRule[],
  builtIn: LabelSynonyms<ShopMetricKey>,
): TaughtApplication {
  const applied = new Set<number>();
  const conflicts: RuleConflict[] = [];
  const seen = new Set<number>();
  let days = new Map((extraction?.shopDays ?? []).map((d) => [d.date, { ...d.metrics }] as [string, ShopMetrics]));

  const corrections = rules.filter((r) => r.replaces !== undefined);
  if (corrections.length) {
    // Each dated section is read by itself: any number under the rule's label that the read took.
    const traced = traceMetricsByLabel(root, builtIn).filter((t) => t.parsed !== undefined);
    for (const rule of corrections) {
      for (const hit of traced.filter((t) => t.key === rule.replaces && normalizeLabel(t.labelText) === rule.label)) {
        seen.add(rule.id!);
        for (const metrics of days.values()) {
          if (metrics[rule.replaces!] === hit.parsed) {
            delete metrics[rule.replaces!];
            applied.add(rule.id!);
          }
        }
      }
    }
  }

  const reading = rules.filter((r) => r.metric !== null);
  if (reading.length) {
    const taught = readShopDays(root, ctx, readingLabels(reading), { itemColumns: ITEM_ID_COLUMNS });
    for (const day of taught?.shopDays ?? []) {
      const metrics = days.get(day.date) ?? {};
      for (const [key, value] of Object.entries(day.metrics) as [ShopMetricKey, number][]) {
        const rule = reading.find((r) => r.metric === key)!;
        seen.add(rule.id!);
        const builtInValue = metrics[key];
        if (builtInValue === undefined || builtInValue === value || rule.prefer === 'taught') {
          metrics[key] = value;
          applied.add(rule.id!);
        } else {
          conflicts.push({ ruleId: rule.id!, date: day.date, metric: key, builtIn: builtInValue, taught: value });
        }
      }
      days.set(day.date, metrics);
    }
  }

  days = new Map([...days].filter(([, m]) => Object.keys(m).length > 0));
  const shopDays = [...days].map(([date, metrics]) => ({ date, metrics }));
  const out: Extraction | undefined =
    extraction || shopDays.length ? { ...(extraction ?? { items: [] }), shopDays } : undefined;
  return {
    extraction: out,
    applied: [...applied],
    conflicts,
    seen: [...seen],
  };
}

/**
 * Rules of this console whose label the page does not show (for the overlay: after a redesign
 * renamed the label, the number shows as unread and the old rule as unused, to re-teach).
 */
export function unusedRules(root: ParentNode, rules: readonly TaughtRule[]): TaughtRule[] {
  const labels: Record<string, string[]> = {};
  for (const r of rules) labels[`r${r.id}`] = [r.labelText];
  const shown = new Set(traceMetricsByLabel(root, labels).filter((t) => t.confidence >= 0.9).map((t) => t.key));
  return rules.filter((r) => !shown.has(`r${r.id}`));
}
