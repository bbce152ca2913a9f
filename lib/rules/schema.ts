import { z } from 'zod';
import { isPeerText } from '@/lib/extract/peer';
import { SHOP_METRIC_KEYS, type ShopMetricKey } from '@/lib/model/catalogue';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import { PageKindSchema, PlatformIdSchema, ShopIdentitySchema } from '@/lib/model/schemas';

/**
 * A taught rule (issue 12): the seller pointed at a number on a console page and said which
 * metric it is, or that it is none. Keyed on the console (platform + host) and the label's text
 * as the page prints it, so it applies on every page of that console showing the same label,
 * whatever the markup around it; the page kind it was taught on and where the number sat
 * relative to its label are kept as a hint (shown in 设置, and told apart when a page shows the
 * label twice). Stored by the background only (lib/db/rules-store.ts).
 */

/** Where the number sat relative to its label when it was taught. */
export const RULE_POSITIONS = ['inline', 'after', 'before', 'column', 'next', 'near'] as const;
export type RulePosition = (typeof RULE_POSITIONS)[number];

export interface RuleHint {
  position: RulePosition;
  /** The tag of the element holding the number (span, td, dd …), lower case. */
  tag: string;
}

export interface TaughtRule {
  id?: number;
  platform: PlatformId;
  /** The console's host (sycm.taobao.com, sellercentral.amazon.com …). */
  host: string;
  /** The kind of page it was taught on (the page pattern); the rule applies on all of the console's pages. */
  pageKind: PageKind;
  /** The label compared with pages (normalizeLabel of labelText). */
  label: string;
  /** The label as the page printed it. */
  labelText: string;
  hint: RuleHint;
  /** The metric the number is; null = 不是指标 (not a metric: never read, never marked unread). */
  metric: ShopMetricKey | null;
  /** The built-in reading this rule corrects: that metric is no longer read from this label. */
  replaces?: ShopMetricKey;
  /**
   * The seller was shown that the reader already reads `metric` elsewhere on the page with
   * another value and chose this number ('taught'); absent = the built-in read stays.
   */
  prefer?: 'taught';
  /** The seller's own name for the rule (设置 → 教过的读数). */
  name?: string;
  enabled: boolean;
  createdAt: number;
  /** How many page reads it has applied to. */
  applied: number;
  lastAppliedAt?: number;
}

const Timestamp = z.number().int().min(0).max(8_640_000_000_000_000);
const Host = z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/, 'a host name');
const LabelText = z.string().trim().min(1).max(80);
export const ShopMetricKeySchema = z.enum(SHOP_METRIC_KEYS);

export const RuleHintSchema = z.strictObject({
  position: z.enum(RULE_POSITIONS),
  tag: z.string().min(1).max(32).regex(/^[a-z][a-z0-9-]*$/, 'an element tag'),
});

/** A rule as stored and as found in a backup: strict, so an unknown field is a reason to reject it. */
export const TaughtRuleSchema = z
  .strictObject({
    id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    platform: PlatformIdSchema,
    host: Host,
    pageKind: PageKindSchema,
    label: z.string().min(1).max(80),
    labelText: LabelText,
    hint: RuleHintSchema,
    metric: ShopMetricKeySchema.nullable(),
    replaces: ShopMetricKeySchema.optional(),
    prefer: z.literal('taught').optional(),
    name: z.string().trim().min(1).max(100).optional(),
    enabled: z.boolean(),
    createdAt: Timestamp,
    applied: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    lastAppliedAt: Timestamp.optional(),
  })
  .refine((r) => r.metric !== r.replaces, { message: 'a rule cannot replace a metric with itself', path: ['replaces'] })
  .refine((r) => r.metric !== null || r.prefer === undefined, { message: 'a rule that reads nothing cannot be preferred', path: ['prefer'] });

/** What the overlay sends when the seller picks a metric for a number (content → background). */
export const TeachSchema = z.strictObject({
  platform: PlatformIdSchema,
  host: Host,
  pageKind: PageKindSchema,
  // Another shop's or the market's number is never taught (the overlay does not offer it either).
  labelText: LabelText.refine((label) => !isPeerText(label), { message: 'the label names another shop’s or the market’s number (同行/行业), which ShopMate never reads' }),
  hint: RuleHintSchema,
  metric: ShopMetricKeySchema.nullable(),
  replaces: ShopMetricKeySchema.optional(),
  prefer: z.literal('taught').optional(),
  /** The misread value to take out of history: the page's shop (as its header names it), the day, the metric. */
  remove: z
    .strictObject({ shop: ShopIdentitySchema.optional(), date: z.iso.date(), metric: ShopMetricKeySchema })
    .optional(),
});
export type Teach = z.infer<typeof TeachSchema>;
