import type { PageKind, PlatformId } from '@/lib/model/consoles';
import type { Thresholds } from '@/lib/settings/schema';
import type { HeroResult } from '../hero';
import type { LifecycleResult } from '../lifecycle';
import type { RatingWarning } from '../ratings';
import type { ShopDay } from '../report';
import type { SourceComposition } from '../sources';
import type { StockInput } from '../stock';
import type { ValueKind } from '@/lib/format';

/**
 * The diagnosis tips engine (docs/domain.md#diagnosis, docs/domain.md#principles): every tip is dated, ranked, cites the numbers behind
 * it, and points both to those numbers (a side panel tab) and to the console page where to act.
 * Each rule is a pure function in its own module (./<rule>.ts) with its own tests.
 */

/** A number with how to print it; the UI formats it in the seller's locale. */
export interface Figure {
  value: number | string;
  kind: ValueKind;
}

export type TipParam = string | number | Figure;

export interface TipEvidence {
  /** i18n key of what the figure is (e.g. 'metric.uv', 'analysis.evidence.baseline'). */
  label: string;
  /** A name shown as the console printed it (a traffic source), instead of the label's words. */
  name?: string;
  value?: Figure;
  baseline?: Figure;
  /** Relative change vs the baseline (null: from zero). */
  change?: number | null;
  /** 'points': the change is a difference of two shares (percentage points), not a relative change. */
  changeIn?: 'points';
}

export type TipRuleId =
  | 'conversionDrop'
  | 'uvDrop'
  | 'bounceRise'
  | 'aovDrop'
  | 'dsrFloor'
  | 'ratingFloor'
  | 'itemDecline'
  | 'heroAppearing'
  | 'campaignUnreviewed'
  | 'adRoiDrop'
  | 'refundRate'
  | 'stockLow'
  | 'stockSlow'
  | 'sourceShift';

export type Severity = 'high' | 'medium' | 'low';

export interface Tip {
  /** Stable across runs for the same finding (rule + subject + date). */
  id: string;
  rule: TipRuleId;
  /** The business date the numbers describe. */
  date: string;
  score: number;
  severity: Severity;
  /** Parameters of the i18n messages `tip.<rule>.title` and `tip.<rule>.body`. */
  params: Record<string, TipParam>;
  evidence: TipEvidence[];
  /** Items the tip is about, each with its own figures. */
  items?: { itemId: string; title?: string; evidence: TipEvidence[] }[];
  /** Where the numbers are: a side panel tab (and what to focus there). */
  numbers: { tab: 'report' | 'items' | 'campaigns'; focus?: string; campaignId?: number };
  /** Where to act: the kind of console page (platformById(platform).links[act]). */
  act?: PageKind;
}

export interface TipContext {
  today: string;
  platform: PlatformId;
  thresholds: Thresholds;
  /** Recent shop days (at least tipBaselineDays + a few). */
  shopDays: readonly ShopDay[];
  lifecycle?: { refWeek: string; now: readonly LifecycleResult[]; before: readonly LifecycleResult[] };
  hero?: { from: string; to: string; now: HeroResult; before: HeroResult };
  ratings?: readonly RatingWarning[];
  campaigns?: readonly { id?: number; name: string; start: string; end: string; reviewedAt?: number }[];
  titles?: ReadonlyMap<string, string>;
  /** On-sale items whose stock a console showed, with their unit sales over stockWindowDays. */
  stock?: readonly StockInput[];
  /** 来源构成 this week against last (lib/analysis/sources.ts). */
  sources?: SourceComposition;
}

export interface TipRule {
  id: TipRuleId;
  evaluate(ctx: TipContext): Tip[];
}

export function severityOf(score: number): Severity {
  return score >= 70 ? 'high' : score >= 50 ? 'medium' : 'low';
}

/** Older findings rank lower: two points per day of age. */
export const agePenalty = (date: string, today: string) => {
  const [a, b] = [Date.parse(`${date}T00:00:00Z`), Date.parse(`${today}T00:00:00Z`)];
  return Math.max(0, Math.round((b - a) / 86_400_000) - 1) * 2;
};
