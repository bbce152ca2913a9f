import type { DelistPick } from '@/lib/analysis/delist';
import type { HeroPick } from '@/lib/analysis/hero';
import type { LifecycleResult } from '@/lib/analysis/lifecycle';
import type { Tip } from '@/lib/analysis/tips';
import type { LanguageChoice } from '@/lib/i18n/locale';
import type { ShopMetricKey } from '@/lib/model/catalogue';
import type { PageKind } from '@/lib/model/consoles';
import type { Currency } from '@/lib/model/currency';
import type { TaughtRule } from '@/lib/rules/schema';

/**
 * In-page guidance (issue 19): what ShopMate says on the console page itself, next to the number
 * or the item it is about. Every hint is a finding of an existing rule (lib/analysis: the
 * diagnosis tips, lifecycle, hero/delist picks, rating floor, the title throttle), computed by
 * the background from stored history; the page only places it.
 */

/** The three kinds of guidance, each with its own switch in 设置. */
export type GuidanceKind = 'metrics' | 'items' | 'campaigns';
export const GUIDANCE_KINDS: readonly GuidanceKind[] = ['metrics', 'items', 'campaigns'];

/** Which kind of guidance a console page gets: shop data pages, item lists, campaign pages. */
export function guidanceKindOf(pageKind: PageKind): GuidanceKind | undefined {
  if (pageKind === 'dashboard' || pageKind === 'traffic' || pageKind === 'trade') return 'metrics';
  if (pageKind === 'itemList') return 'items';
  if (pageKind === 'campaigns') return 'campaigns';
  return undefined;
}

/** A diagnosis tip about one shop metric the page may show (the chip sits beside that number). */
export interface MetricHint {
  metric: ShopMetricKey;
  tip: Tip;
  /**
   * The other metrics the tip cites, in its order: where the chip sits when the page does not
   * show `metric` (a 退款率 tip beside the 退款金额 of a page that shows no rate).
   */
  near?: ShopMetricKey[];
}

/** Stored values of the hinted metrics, by metric and day: how the page's numbers are recognised by meaning. */
export type StoredValues = Partial<Record<ShopMetricKey, Record<string, number>>>;

/** What ShopMate knows of one listed item. */
export interface ItemGuidance {
  itemId: string;
  /** Its lifecycle stage (only when the history decides one). */
  stage?: LifecycleResult;
  hero?: HeroPick & { from: string; to: string };
  delist?: DelistPick & { from: string; to: string };
  rating?: { rating: number; floor: number };
  /** Title edits within the throttle's window, when there were any. */
  titleEdits?: { count: number; max: number; hours: number };
}

/** The guidance of one page view, in one reply. */
export interface PageGuidance {
  kind: GuidanceKind | null;
  shopKey: string;
  language: LanguageChoice;
  currency: Currency;
  metrics: MetricHint[];
  /**
   * The hinted metrics' stored values of recent days (metric pages only): a number under the
   * metric's label that the page's own JSON gave (拼多多 经营数据, 罗盘) is found by its value.
   */
  stored?: StoredValues;
  items: ItemGuidance[];
  /** Ended campaigns without a review (the campaignUnreviewed tip). */
  campaigns: Tip[];
  /** The console's enabled taught rules: the page is read as the reader reads it. */
  rules: TaughtRule[];
  crossCheckTolerance: number;
}
