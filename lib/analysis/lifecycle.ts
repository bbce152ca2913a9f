import { addDays } from '@/lib/dates';

/**
 * Item lifecycle (docs/domain.md#lifecycle, seed 001 §二): 新生 · 成长 · 爆款 · 稳定 · 衰退, judged from the
 * item's WEEKLY traffic and sales ("流量周期性变化": look at weeks, not days). Weeks run Monday to
 * Sunday; only complete weeks decide. Each week is read as a per-day average over the days that
 * have data, and a week with data on fewer than MIN_WEEK_DAYS days does not count, so gaps never
 * look like a collapse. The DECIDING_WEEKS most recent usable weeks decide the stage, and are returned.
 */

/**
 * A week needs data on more than half of its days to be compared with another week. Not a
 * setting: it is what makes a weekly average an average, not a business threshold.
 */
export const MIN_WEEK_DAYS = 4;

/**
 * The latest week is compared with the mean of the two before it, and the last step must point
 * the same way. Not a setting: three weeks is the shape of the trend test that the stage
 * explanations quote (前两周, 连续 3 周); how big a change counts is lifecycleTrendChange.
 */
export const DECIDING_WEEKS = 3;

export type Stage = 'new' | 'growth' | 'hero' | 'stable' | 'decline' | 'unknown';
export const STAGES: readonly Stage[] = ['new', 'growth', 'hero', 'stable', 'decline', 'unknown'];

/** One item's sums over one week, with the days each sum rests on. */
export interface ItemWeek {
  week: string; // Monday, 'YYYY-MM-DD'
  uv?: number;
  uvDays: number;
  units?: number;
  unitsDays: number;
  buyers?: number;
  buyersDays: number;
  /** UV of the days whose buyers are known (the conversion's denominator). */
  buyersUv?: number;
  salesAmount?: number;
  salesAmountDays: number;
}

export type SalesMeasure = 'units' | 'buyers' | 'salesAmount';

export interface WeekPoint {
  week: string;
  uvPerDay?: number;
  salesPerDay?: number;
  conversion?: number;
  days: number;
}

export type LifecycleReason =
  | 'listedRecently'
  | 'noListingDate'
  | 'notEnoughWeeks'
  | 'heroLevel'
  | 'salesRising'
  | 'trafficRising'
  | 'salesFalling'
  | 'trafficFalling'
  | 'steady';

export interface LifecycleResult {
  itemId: string;
  stage: Stage;
  reason: LifecycleReason;
  /** The weeks that decided it, oldest first. */
  weeks: WeekPoint[];
  measure?: SalesMeasure;
  /** Latest week vs the average of the two before it (null: from zero). */
  salesChange?: number | null;
  uvChange?: number | null;
  firstDate?: string;
  listedDate?: string;
}

export interface LifecycleOptions {
  /** Monday of the latest complete week. */
  refWeek: string;
  /** Relative week-over-week change that counts as rising/falling (settings.thresholds.lifecycleTrendChange). */
  trendChange: number;
  /** An item listed within this many weeks is new (settings.thresholds.lifecycleNewItemWeeks). */
  newItemWeeks: number;
  /** The hero UV floor applies to this many days of traffic (settings.thresholds.heroWindowDays). */
  heroWindowDays: number;
  heroMinUv: number;
  heroMinConversion: number;
  heroAboveShopAverage: boolean;
  /** The shop's own conversion over the same weeks, if known. */
  shopConversion?: number;
}

const per = (sum: number | undefined, days: number) => (sum !== undefined && days >= MIN_WEEK_DAYS ? sum / days : undefined);

const salesOf = (w: ItemWeek, measure: SalesMeasure) =>
  measure === 'units' ? per(w.units, w.unitsDays) : measure === 'buyers' ? per(w.buyers, w.buyersDays) : per(w.salesAmount, w.salesAmountDays);

const conversionOf = (w: ItemWeek) =>
  w.buyers !== undefined && w.buyersUv !== undefined && w.buyersUv > 0 && w.buyersDays >= MIN_WEEK_DAYS ? w.buyers / w.buyersUv : undefined;

type Trend = { direction: 'rising' | 'falling' | 'flat'; change: number | null };

/** Latest (c) vs the mean of the two weeks before (a, b); the last step must point the same way. */
function trend(a: number, b: number, c: number, threshold: number): Trend {
  const base = (a + b) / 2;
  if (base <= 0) return c > 0 ? { direction: 'rising', change: null } : { direction: 'flat', change: 0 };
  const change = (c - base) / base;
  if (change >= threshold && c > b) return { direction: 'rising', change };
  if (change <= -threshold && c < b) return { direction: 'falling', change };
  return { direction: 'flat', change };
}

export function lifecycleStage(
  item: { itemId: string; firstDate?: string; listedDate?: string; weeks: readonly ItemWeek[] },
  options: LifecycleOptions,
): LifecycleResult {
  const weeks = item.weeks.filter((w) => w.week <= options.refWeek);
  const point = (w: ItemWeek, measure?: SalesMeasure): WeekPoint => ({
    week: w.week,
    uvPerDay: per(w.uv, w.uvDays),
    salesPerDay: measure ? salesOf(w, measure) : undefined,
    conversion: conversionOf(w),
    days: Math.max(w.uvDays, w.unitsDays, w.buyersDays, w.salesAmountDays),
  });
  const base = { itemId: item.itemId, ...(item.firstDate ? { firstDate: item.firstDate } : {}), ...(item.listedDate ? { listedDate: item.listedDate } : {}) };

  // 新生 only from a listing date a console showed (商品列表 上架时间/创建时间) or an import
  // carried: an item ShopMate first read recently may have been on sale for years.
  const newSince = addDays(options.refWeek, -7 * (options.newItemWeeks - 1));
  if (item.listedDate && item.listedDate >= newSince) {
    const measure = pickMeasure(weeks.filter((w) => w.week >= newSince));
    const since = item.listedDate;
    return { ...base, stage: 'new', reason: 'listedRecently', weeks: weeks.filter((w) => addDays(w.week, 6) >= since).map((w) => point(w, measure)), ...(measure ? { measure } : {}) };
  }
  // First read within those weeks and no listing date: too little to tell new from newly read.
  if (!item.listedDate && item.firstDate && item.firstDate >= newSince) {
    const measure = pickMeasure(weeks);
    return { ...base, stage: 'unknown', reason: 'noListingDate', weeks: weeks.filter((w) => addDays(w.week, 6) >= item.firstDate!).map((w) => point(w, measure)), ...(measure ? { measure } : {}) };
  }

  const measure = pickMeasure(weeks);
  const usable = weeks.filter((w) => (measure && salesOf(w, measure) !== undefined) || per(w.uv, w.uvDays) !== undefined);
  if (!measure || usable.length < DECIDING_WEEKS) {
    return { ...base, stage: 'unknown', reason: 'notEnoughWeeks', weeks: usable.map((w) => point(w, measure)), ...(measure ? { measure } : {}) };
  }
  // The last DECIDING_WEEKS weeks where the sales measure is known decide; traffic trend from the same weeks.
  const deciding = weeks.filter((w) => salesOf(w, measure) !== undefined).slice(-DECIDING_WEEKS);
  if (deciding.length < DECIDING_WEEKS) {
    return { ...base, stage: 'unknown', reason: 'notEnoughWeeks', weeks: usable.map((w) => point(w, measure)), measure };
  }
  const points = deciding.map((w) => point(w, measure));
  const [a, b, c] = points as [WeekPoint, WeekPoint, WeekPoint];
  const sales = trend(a.salesPerDay!, b.salesPerDay!, c.salesPerDay!, options.trendChange);
  const uv =
    a.uvPerDay !== undefined && b.uvPerDay !== undefined && c.uvPerDay !== undefined
      ? trend(a.uvPerDay, b.uvPerDay, c.uvPerDay, options.trendChange)
      : undefined;
  const result = (stage: Stage, reason: LifecycleReason): LifecycleResult => ({
    ...base,
    stage,
    reason,
    weeks: points,
    measure,
    salesChange: sales.change,
    ...(uv ? { uvChange: uv.change } : {}),
  });

  // 爆款: selling at hero level (traffic floor AND conversion) in the latest week, not falling.
  const windowUv = c.uvPerDay !== undefined ? c.uvPerDay * options.heroWindowDays : undefined;
  const convOk =
    c.conversion !== undefined &&
    (c.conversion >= options.heroMinConversion ||
      (options.heroAboveShopAverage && options.shopConversion !== undefined && c.conversion > options.shopConversion));
  if (windowUv !== undefined && windowUv >= options.heroMinUv && convOk && sales.direction !== 'falling') return result('hero', 'heroLevel');
  if (sales.direction === 'rising') return result('growth', 'salesRising');
  if (sales.direction === 'falling') return result('decline', 'salesFalling');
  if (uv?.direction === 'rising') return result('growth', 'trafficRising');
  if (uv?.direction === 'falling') return result('decline', 'trafficFalling');
  return result('stable', 'steady');
}

/** Units sold if the weeks show them, else paying buyers, else sales amount. */
function pickMeasure(weeks: readonly ItemWeek[]): SalesMeasure | undefined {
  const usable = (m: SalesMeasure) => weeks.filter((w) => salesOf(w, m) !== undefined).length;
  const counts: [SalesMeasure, number][] = [
    ['units', usable('units')],
    ['buyers', usable('buyers')],
    ['salesAmount', usable('salesAmount')],
  ];
  const best = Math.max(...counts.map(([, n]) => n));
  return best > 0 ? counts.find(([, n]) => n === best)![0] : undefined;
}

/** Items whose stage is decline at refWeek but was not the week before. */
export function enteringDecline(now: readonly LifecycleResult[], before: readonly LifecycleResult[]): LifecycleResult[] {
  const prior = new Map(before.map((r) => [r.itemId, r.stage]));
  return now.filter((r) => r.stage === 'decline' && prior.get(r.itemId) !== 'decline' && prior.get(r.itemId) !== undefined);
}
