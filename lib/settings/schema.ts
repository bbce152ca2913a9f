import { z } from 'zod';
import { PAGE_KINDS } from '@/lib/model/consoles';
import { PageKindSchema, PlatformIdSchema } from '@/lib/model/schemas';

/**
 * Every threshold ShopMate applies is a setting, with docs/domain.md's defaults. Each field has a
 * default so older or partial settings parse; an out-of-range value is rejected with a reason.
 */

const Ratio = z.number().min(0).max(1);
const Hour = z.number().int().min(0).max(24);
const Days = z.number().int().min(1).max(365);

export const ThresholdsSchema = z.object({
  /** docs/domain.md#hero-candidates: window (days), UV floor, conversion floor. */
  heroWindowDays: Days.default(7),
  heroMinUv: z.number().int().min(0).default(3000),
  heroMinConversion: Ratio.default(0.03),
  /** Also accept conversion above the shop's own average (still needs the UV floor). */
  heroAboveShopAverage: z.boolean().default(true),
  /**
   * Seed 001 §二 picks items whose 跳失率较低: by default a candidate's bounce must not be above the
   * shop's over the same window. Off: a high bounce is only flagged.
   */
  heroRequireLowBounce: z.boolean().default(true),
  /** docs/domain.md#delist-candidates: days without a sale. */
  delistNoSaleDays: Days.default(30),
  /** docs/domain.md#rating-floor (item and shop). */
  ratingFloor: z.number().min(0).max(5).default(4.8),
  /** docs/domain.md#lifecycle: how many weeks of history to judge the stage from. */
  lifecycleWeeks: z.number().int().min(2).max(52).default(8),
  /** docs/domain.md#title-edits: characters changed per title edit. */
  titleMaxCharsChanged: z.number().int().min(1).max(60).default(3),
  /** docs/domain.md#title-edits: edits of one item within the rolling window. */
  titleMaxEditsPerWindow: z.number().int().min(1).max(20).default(2),
  titleEditWindowHours: z.number().int().min(1).max(168).default(24),
  /** docs/domain.md#title-edits: the early-morning (凌晨) window for edits, local hours [start, end). */
  earlyMorningStartHour: Hour.default(0),
  earlyMorningEndHour: Hour.default(6),
  /** docs/domain.md#title-edits: days before/after an edit to compare. */
  editCompareDays: Days.default(7),
  /** docs/domain.md#diagnosis: relative change vs the baseline average that makes a tip. */
  tipBaselineDays: Days.default(7),
  tipConversionDrop: Ratio.default(0.2),
  tipUvDrop: Ratio.default(0.2),
  tipBounceRise: Ratio.default(0.1),
  tipAovDrop: Ratio.default(0.15),
  /** docs/domain.md#campaign-review: days before and after a campaign to compare (0 = same length as the campaign). */
  campaignCompareDays: z.number().int().min(0).max(90).default(0),
  /** docs/domain.md#lifecycle: week-over-week change (vs the two weeks before) that counts as rising or falling. */
  lifecycleTrendChange: Ratio.default(0.15),
  /** docs/domain.md#price-and-conversion: days of item history the quadrants are drawn from. */
  quadrantWindowDays: Days.default(30),
  /** docs/domain.md#lifecycle 新生: listed within this many weeks (the running week included); ShopMate's default. */
  lifecycleNewItemWeeks: z.number().int().min(1).max(12).default(3),
  /** docs/domain.md#campaign-review: sales per day after the campaign this far below the days before it is a shortfall (回落). */
  campaignAfterDrop: Ratio.default(0.2),
  /**
   * Reading: how far a ratio a page shows may differ from its parts (conversion vs buyers /
   * visitors, AOV vs sales / buyers) before the reading is flagged as doubtful. 5 % relative
   * covers cards refreshed minutes apart; rounding of the printed value is always allowed.
   */
  crossCheckTolerance: Ratio.default(0.05),
  /**
   * Report import (issue 14): a day more than this many times (or under 1/this) of its neighbours'
   * median is flagged before anything is written. 5× is the issue's figure; a real peak (双11)
   * can pass it too, so such days are only flagged and kept unless the seller drops them.
   */
  importOutlierRatio: z.number().min(1.5).max(100).default(5),
  /** Report import: 客单价 may differ from 销售额 / 支付买家数 by this much (rounding, refunds) before it is flagged. */
  importAovTolerance: Ratio.default(0.2),
  /**
   * Seed 000 §三 (诊断店铺: 推广效果), docs/domain.md#ad-return: the shop's sales per yuan of 推广花费 over the
   * last tipBaselineDays fell this much against the tipBaselineDays before. The guides give no
   * figure: 20 % is ShopMate's default, the size of the other drop tips.
   */
  tipAdRoiDrop: Ratio.default(0.2),
  /**
   * Seed 002 ch. 6 (退货率), docs/domain.md#refund-rate: 退款金额 / 支付金额 over the last
   * tipBaselineDays at or above this. The guides give no figure and categories differ widely
   * (apparel refunds far more than groceries): 15 % is ShopMate's default — set your category's.
   */
  tipRefundRate: Ratio.default(0.15),
  /**
   * Seed 001 §一.5 (了解库存), seed 002 ch. 6–7 (库存积压和缺货风险): stock covering fewer days of
   * sales than this is about to run out. ShopMate's default (a week to restock); not from the guides.
   */
  stockLowDays: Days.default(7),
  /** Stock covering more days of sales than this sells too slowly (积压). ShopMate's default (a season); not from the guides. */
  stockSlowDays: Days.default(90),
  /** Days of item sales the stock cover is computed from. ShopMate's default. */
  stockWindowDays: Days.default(14),
  /**
   * Seed 001 §一.3 (来源构成, watched daily): a source's share of visitors over the last
   * tipBaselineDays moved this many percentage points against the days before. The guides give
   * no figure: 10 points is ShopMate's default.
   */
  tipSourceShift: Ratio.default(0.1),
});

/** Thresholds that are ratios (stored 0–1): the options page edits them as percentages. */
export const RATIO_THRESHOLD_KEYS = [
  'heroMinConversion',
  'tipConversionDrop',
  'tipUvDrop',
  'tipBounceRise',
  'tipAovDrop',
  'lifecycleTrendChange',
  'campaignAfterDrop',
  'crossCheckTolerance',
  'importAovTolerance',
  'tipAdRoiDrop',
  'tipRefundRate',
  'tipSourceShift',
] as const satisfies readonly (keyof z.infer<typeof ThresholdsSchema>)[];

export const ChecklistPrefsSchema = z.object({
  /** Duty ids in display order; ids not listed keep their default place at the end. */
  order: z.array(z.string().min(1).max(64)).max(100).default([]),
  hidden: z.array(z.string().min(1).max(64)).max(100).default([]),
  custom: z
    .array(
      z.object({
        id: z.string().regex(/^custom-[a-z0-9-]{1,40}$/),
        name: z.string().trim().min(1).max(40),
        hint: z.string().trim().max(200).default(''),
        /** Opening one of these console pages ticks the seller's own duty too, like the defaults. */
        pageKinds: z.array(PageKindSchema).max(PAGE_KINDS.length).default([]),
      }),
    )
    .max(30)
    .refine((list) => new Set(list.map((d) => d.id)).size === list.length, 'custom duty ids must be unique')
    .default([]),
  /** Whose console the one-tap links open; absent = the platform the seller used last. */
  platform: PlatformIdSchema.optional(),
  /** Whose checklist the popup and the badge show (a shop key); absent = the shop used last. */
  shop: z.string().min(1).max(200).optional(),
});

export const SettingsSchema = z.object({
  /**
   * UI language: 'auto' follows the browser (zh* → Chinese, anything else → English) until the
   * seller picks one in 设置. Settings saved before 'auto' existed keep the language they stored.
   */
  language: z.enum(['auto', 'zh-CN', 'en']).default('auto'),
  thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
  checklist: ChecklistPrefsSchema.default(ChecklistPrefsSchema.parse({})),
  reminder: z
    .object({
      enabled: z.boolean().default(false),
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM')
        .default('09:30'),
    })
    .default({ enabled: false, time: '09:30' }),
  /** The shop's selling-point keywords (卖点词) the title checker looks for. */
  titleKeywords: z.array(z.string().trim().min(1).max(30)).max(100).default([]),
  /** The seller's own banned/risky words, on top of the bundled list. */
  extraBannedWords: z.array(z.string().trim().min(1).max(30)).max(500).default([]),
  /**
   * In-page guidance (issue 19): hints on the console pages themselves — beside a metric, on an
   * item's row, on campaign pages. One switch for all, one per kind; a page can also be hidden
   * for the day from the page itself (kept apart from settings: lib/guidance/hidden.ts).
   * Off until the seller turns it on: a page showing hints still measures 10–35 % costlier than
   * the same page without them (npm run bench, line "with hints shown", 2026-12-07: 商品排行
   * ×1.92 against ×1.65, 千牛 ×1.99 against ×1.48), past the 5–10 % it may add to be on for
   * every seller (it was ×3.1 before guidance.js went from 125 to 18 KB gzipped).
   */
  guidance: z
    .object({
      enabled: z.boolean().default(false),
      metrics: z.boolean().default(true),
      items: z.boolean().default(true),
      campaigns: z.boolean().default(true),
    })
    .default({ enabled: false, metrics: true, items: true, campaigns: true }),
  /** Raw snapshot log retention; daily aggregates are kept regardless. */
  snapshotRetentionDays: z.number().int().min(1).max(3650).default(90),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type Thresholds = z.infer<typeof ThresholdsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Validates settings from storage, an import or the options form; the reason says what is wrong. */
export function parseSettings(raw: unknown): { ok: true; value: Settings } | { ok: false; error: string } {
  const result = SettingsSchema.safeParse(raw ?? {});
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, error: z.prettifyError(result.error) };
}

/**
 * For settings already in storage: keep every valid field and drop only the invalid ones
 * (they fall back to their defaults), so one bad value never wipes the seller's other choices.
 */
export function salvageSettings(raw: unknown): { value: Settings; dropped: string[] } {
  let candidate: unknown = raw && typeof raw === 'object' ? structuredClone(raw) : {};
  const dropped: string[] = [];
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = SettingsSchema.safeParse(candidate);
    if (result.success) return { value: result.data, dropped };
    for (const issue of result.error.issues) {
      dropped.push(issue.path.join('.') || '(root)');
      candidate = issue.path.length === 0 ? {} : withoutPath(candidate, issue.path);
    }
  }
  return { value: DEFAULT_SETTINGS, dropped };
}

function withoutPath(value: unknown, path: readonly PropertyKey[]): unknown {
  if (!value || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<PropertyKey, unknown>;
  if (rest.length === 0) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(Number(head), 1);
    else delete copy[head as PropertyKey];
  } else {
    copy[head as PropertyKey] = withoutPath(copy[head as PropertyKey], rest);
  }
  return copy;
}
