import { z } from 'zod';
import { CURRENCIES } from './currency';
import { ITEM_METRIC_KEYS, SHOP_METRIC_KEYS } from './metrics';
import { PAGE_KINDS, PLATFORM_IDS } from './consoles';

/** zod schemas for data crossing a trust boundary (page world, messages, imports, backups). */

export const BusinessDateSchema = z.iso.date();
export const PlatformIdSchema = z.enum(PLATFORM_IDS);
export const PageKindSchema = z.enum(PAGE_KINDS);

/** A known metric value: finite (zod rejects NaN/±Infinity), never negative. */
const MetricValue = z.number().min(0);

export const ShopMetricsSchema = z.partialRecord(z.enum(SHOP_METRIC_KEYS), MetricValue);
export const ItemMetricsSchema = z.partialRecord(z.enum(ITEM_METRIC_KEYS), MetricValue);

const IdString = z.string().min(1).max(128);

export const ExtractedItemSchema = z.object({
  itemId: IdString,
  title: z.string().max(500).optional(),
  price: MetricValue.optional(),
  stock: MetricValue.optional(),
  rating: z.number().min(0).max(5).optional(),
  status: z.enum(['onSale', 'delisted', 'draft']).optional(),
  lastSaleDate: BusinessDateSchema.optional(),
  listedDate: BusinessDateSchema.optional(),
  days: z
    .array(z.object({ date: BusinessDateSchema, metrics: ItemMetricsSchema }))
    .max(400)
    .optional(),
});

/** Which shop a page belongs to, as its header shows it (lib/platforms/<id>/shop.ts). */
export const ShopIdentitySchema = z.strictObject({
  id: IdString.optional(),
  name: z.string().min(1).max(200).optional(),
});

/** One day's 来源构成 table: a source named at most once, numbers never negative. */
export const SourceRowSchema = z.strictObject({
  source: z.string().trim().min(1).max(40),
  uv: MetricValue.optional(),
  salesAmount: MetricValue.optional(),
  paidBuyers: MetricValue.optional(),
});
export const SourceDaySchema = z.object({
  date: BusinessDateSchema,
  rows: z
    .array(SourceRowSchema)
    .min(1)
    .max(200)
    .refine((rows) => new Set(rows.map((r) => r.source)).size === rows.length, 'a source is listed once per day'),
});

export const ExtractionSchema = z.object({
  shopId: IdString.optional(),
  shopName: z.string().max(200).optional(),
  currency: z.enum(CURRENCIES).optional(),
  shopDays: z.array(z.object({ date: BusinessDateSchema, metrics: ShopMetricsSchema })).max(400),
  items: z.array(ExtractedItemSchema).max(20_000),
  sources: z.array(SourceDaySchema).max(400).optional(),
});
