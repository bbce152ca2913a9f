import { aggregateDays } from '@/lib/analysis/aggregate';
import { campaignReview, campaignWindows } from '@/lib/analysis/campaign';
import { addDays, completeWeeks } from '@/lib/dates';
import { delistCandidates } from '@/lib/analysis/delist';
import { heroPicks, type HeroResult } from '@/lib/analysis/hero';
import { lifecycleStage, STAGES, type ItemWeek, type LifecycleResult, type Stage } from '@/lib/analysis/lifecycle';
import { priceConversionQuadrants } from '@/lib/analysis/quadrant';
import { ratingWarnings } from '@/lib/analysis/ratings';
import { sourceComposition } from '@/lib/analysis/sources';
import type { ShopDay } from '@/lib/analysis/report';
import { runTips } from '@/lib/analysis/tips';
import { itemsConversion, type ItemWindow } from '@/lib/analysis/window';
import type { PlatformId } from '@/lib/model/consoles';
import type { CampaignAnalysis, LifecycleAnalysis, PicksAnalysis, QuadrantAnalysis, TipsAnalysis } from '@/lib/messaging/messages/analysis';
import type { Thresholds } from '@/lib/settings/schema';
import { readDays, readWeeks, type DayPack, type SlotRow, type WeekPack } from '@/lib/db/rollups';
import type { ItemRow, ShopMateDB } from '@/lib/db/schema';

/**
 * The analysis service: the worker's answers to the analysis.* messages (their reply types are
 * beside the contract, lib/messaging/messages/analysis.ts). It reads the packs
 * (lib/db/rollups.ts) and the shop's days, turns them into the pure rules' inputs (lib/analysis),
 * and returns plain JSON. "Today" is the caller's business date; only days before it are complete.
 */

const platformOf = (shopKey: string) => shopKey.split(':')[0] as PlatformId;

async function shopDays(db: ShopMateDB, shopKey: string, from: string, to: string): Promise<ShopDay[]> {
  return db.shopDaily.where('[shopKey+date]').between([shopKey, from], [shopKey, to], true, true).toArray();
}

const itemReads = new Map<string, Promise<ItemRow[]>>();
/** The shop's items; concurrent queries share one read. */
function itemRows(db: ShopMateDB, shopKey: string): Promise<ItemRow[]> {
  const key = `${db.name}|${shopKey}`;
  let read = itemReads.get(key);
  if (!read) {
    read = db.items.where('shopKey').equals(shopKey).toArray().finally(() => itemReads.delete(key));
    itemReads.set(key, read);
  }
  return read;
}

/** Titles of the listed items only (a reply never carries the whole catalogue). */
function titlesOf(rows: readonly ItemRow[], ids: Iterable<string>): Record<string, string> {
  const wanted = new Set(ids);
  const out: Record<string, string> = {};
  for (const r of rows) if (r.title && wanted.has(r.itemId)) out[r.itemId] = r.title;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

function itemWeeks(slots: SlotRow, packs: readonly (WeekPack | undefined)[], weeks: readonly string[]): ItemWeek[][] {
  return slots.ids.map((_, i) =>
    weeks.map((week, k): ItemWeek => {
      const p = packs[k];
      if (!p || i >= p.uv.length) return { week, uvDays: 0, unitsDays: 0, buyersDays: 0, salesAmountDays: 0 };
      const w: ItemWeek = { week, uvDays: p.uvDays[i]!, unitsDays: p.unitsDays[i]!, buyersDays: p.buyersDays[i]!, salesAmountDays: p.salesAmountDays[i]! };
      if (w.uvDays) w.uv = p.uv[i]!;
      if (w.unitsDays) w.units = p.units[i]!;
      if (w.buyersDays) {
        w.buyers = p.buyers[i]!;
        w.buyersUv = p.buyersUv[i]!;
      }
      if (w.salesAmountDays) w.salesAmount = p.salesAmount[i]!;
      return w;
    }),
  );
}

/** Lifecycle of every item at refWeek (the latest complete week) and at the week before. */
export async function lifecycleAll(db: ShopMateDB, shopKey: string, today: string, t: Thresholds): Promise<{ refWeek: string; weeks: string[]; now: LifecycleResult[]; before: LifecycleResult[] }> {
  const weeks = completeWeeks(addDays(today, -1), t.lifecycleWeeks + 1);
  const refWeek = weeks[weeks.length - 1]!;
  const prevWeek = weeks[weeks.length - 2]!;
  const [{ slots, packs }, days, rows] = await Promise.all([readWeeks(db, shopKey, weeks), shopDays(db, shopKey, weeks[0]!, addDays(refWeek, 6)), itemRows(db, shopKey)]);
  const listed = new Map(rows.filter((r) => r.listedDate).map((r) => [r.itemId, r.listedDate!]));
  const conversionOfWeek = (week: string) => aggregateDays(days.filter((d) => d.date >= week && d.date <= addDays(week, 6))).cells.conversionRate?.value;
  const base = { trendChange: t.lifecycleTrendChange, newItemWeeks: t.lifecycleNewItemWeeks, heroWindowDays: t.heroWindowDays, heroMinUv: t.heroMinUv, heroMinConversion: t.heroMinConversion, heroAboveShopAverage: t.heroAboveShopAverage };
  const nowOptions = { ...base, refWeek, ...optional('shopConversion', conversionOfWeek(refWeek)) };
  const beforeOptions = { ...base, refWeek: prevWeek, ...optional('shopConversion', conversionOfWeek(prevWeek)) };
  const perItem = itemWeeks(slots, packs, weeks);
  const now: LifecycleResult[] = [];
  const before: LifecycleResult[] = [];
  slots.ids.forEach((itemId, i) => {
    const item = { itemId, weeks: perItem[i]!, ...optional('firstDate', slots.firstDate[i] || undefined), ...optional('listedDate', listed.get(itemId)) };
    now.push(lifecycleStage({ ...item, weeks: item.weeks.slice(1) }, nowOptions));
    before.push(lifecycleStage({ ...item, weeks: item.weeks.slice(0, -1) }, beforeOptions));
  });
  return { refWeek, weeks: weeks.slice(1), now, before };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export async function lifecycleAnalysis(db: ShopMateDB, shopKey: string, today: string, t: Thresholds, limit = 50): Promise<LifecycleAnalysis> {
  const [{ refWeek, weeks, now }, rows] = await Promise.all([lifecycleAll(db, shopKey, today, t), itemRows(db, shopKey)]);
  const delisted = new Set(rows.filter((r) => r.status === 'delisted').map((r) => r.itemId));
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const byStage = Object.fromEntries(STAGES.map((s) => [s, [] as LifecycleResult[]])) as Record<Stage, LifecycleResult[]>;
  for (const r of now) {
    if (delisted.has(r.itemId)) continue;
    counts[r.stage]++;
    byStage[r.stage].push(r);
  }
  const sales = (r: LifecycleResult) => r.weeks[r.weeks.length - 1]?.salesPerDay ?? -1;
  for (const s of STAGES) byStage[s] = byStage[s].sort((a, b) => sales(b) - sales(a)).slice(0, limit);
  const listed = STAGES.flatMap((s) => byStage[s].map((r) => r.itemId));
  return { refWeek, weeks, counts, byStage, titles: titlesOf(rows, listed), total: STAGES.reduce((n, s) => n + counts[s], 0) };
}

// ---------------------------------------------------------------------------------------------
// Windows of days: hero picks, quadrant, delist

function itemWindows(slots: SlotRow, packs: readonly DayPack[]): ItemWindow[] {
  const n = slots.ids.length;
  const uv = new Float64Array(n);
  const uvDays = new Uint16Array(n);
  const buyers = new Float64Array(n);
  const buyersUv = new Float64Array(n);
  const buyersDays = new Uint16Array(n);
  const bounced = new Float64Array(n);
  const bounceUv = new Float64Array(n);
  const sales = new Float64Array(n);
  const salesDays = new Uint16Array(n);
  const units = new Float64Array(n);
  const unitsDays = new Uint16Array(n);
  for (const p of packs) {
    const len = Math.min(n, p.has.length);
    for (let i = 0; i < len; i++) {
      if (!p.has[i]) continue;
      const u = p.uv[i]!;
      if (u === u) {
        uv[i]! += u;
        uvDays[i]!++;
      }
      const b = p.buyers[i]!;
      if (b === b && u === u) {
        buyers[i]! += b;
        buyersUv[i]! += u;
        buyersDays[i]!++;
      }
      const r = p.bounce[i]!;
      if (r === r && u === u) {
        bounced[i]! += r * u;
        bounceUv[i]! += u;
      }
      const s = p.salesAmount[i]!;
      if (s === s) {
        sales[i]! += s;
        salesDays[i]!++;
      }
      const k = p.units[i]!;
      if (k === k) {
        units[i]! += k;
        unitsDays[i]!++;
      }
    }
  }
  return slots.ids.map((itemId, i) => ({
    itemId,
    uvDays: uvDays[i]!,
    buyersDays: buyersDays[i]!,
    ...(uvDays[i] ? { uv: uv[i]! } : {}),
    ...(buyersDays[i] ? { buyers: buyers[i]!, buyersUv: buyersUv[i]! } : {}),
    ...(bounceUv[i]! > 0 ? { bouncedUv: bounced[i]!, bounceUv: bounceUv[i]! } : {}),
    ...(salesDays[i] ? { salesAmount: sales[i]! } : {}),
    ...(unitsDays[i] ? { units: units[i]!, unitsDays: unitsDays[i]! } : {}),
  }));
}

/** Days of data per item in the packs. */
function dataDays(slots: SlotRow, packs: readonly DayPack[]): Uint16Array {
  const out = new Uint16Array(slots.ids.length);
  for (const p of packs) for (let i = 0; i < Math.min(out.length, p.has.length); i++) out[i]! += p.has[i]!;
  return out;
}

/** The hero window ending yesterday: [today − days, today − 1]. */
const windowEnding = (today: string, days: number, shiftDays = 0) => ({ from: addDays(today, -days - shiftDays), to: addDays(today, -1 - shiftDays) });

/** Hero picks over [from, to] from packs and shop days that may cover a longer span (read once, sliced here). */
function heroOver(from: string, to: string, slots: SlotRow, packs: readonly DayPack[], days: readonly ShopDay[], t: Thresholds): HeroResult {
  const inside = <T extends { date: string }>(x: T) => x.date >= from && x.date <= to;
  const windows = itemWindows(slots, packs.filter(inside));
  const shop = aggregateDays(days.filter(inside));
  const conversion = shop.cells.conversionRate?.value ?? itemsConversion(windows);
  return heroPicks(windows, t, { ...optional('conversion', conversion), ...optional('bounce', shop.cells.bounceRate?.value) });
}

export async function picksAnalysis(db: ShopMateDB, shopKey: string, today: string, t: Thresholds, limit = 50): Promise<PicksAnalysis> {
  const hw = windowEnding(today, t.heroWindowDays);
  const dw = windowEnding(today, t.delistNoSaleDays);
  // One read covers both windows (both end yesterday); with the default 30 days it is also the
  // quadrant's window, which a concurrent quadrant query shares.
  const span = windowEnding(today, Math.max(t.heroWindowDays, t.delistNoSaleDays));
  const [packsRead, heroDays, rows, lastDsr] = await Promise.all([
    readDays(db, shopKey, span.from, span.to),
    shopDays(db, shopKey, hw.from, hw.to),
    itemRows(db, shopKey),
    db.shopDaily
      .where('[shopKey+date]')
      .between([shopKey, ''], [shopKey, today], true, true)
      .reverse()
      .filter((d) => d.metrics.dsr !== undefined)
      .first(),
  ]);
  const { slots } = packsRead;
  const hero = heroOver(hw.from, hw.to, slots, packsRead.packs, heroDays, t);
  const days = dataDays(slots, packsRead.packs.filter((p) => p.date >= dw.from));
  const byId = new Map(rows.map((r) => [r.itemId, r]));
  const ids = new Set([...slots.ids, ...rows.map((r) => r.itemId)]);
  const slotOf = new Map(slots.ids.map((id, i) => [id, i]));
  const latest = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);
  const delist = delistCandidates(
    [...ids].map((itemId) => {
      const i = slotOf.get(itemId);
      const row = byId.get(itemId);
      const lastSaleDate = latest(row?.lastSaleDate, i === undefined ? undefined : slots.lastSale[i] || undefined);
      return { itemId, daysWithData: i === undefined ? 0 : days[i]!, ...optional('status', row?.status), ...optional('lastSaleDate', lastSaleDate) };
    }),
    today,
    t.delistNoSaleDays,
  );
  const ratings = ratingWarnings(rows, t.ratingFloor);
  const shown = {
    hero: { ...hero, candidates: hero.candidates.slice(0, limit), noise: hero.noise.slice(0, limit), highBounce: hero.highBounce.slice(0, limit), ...hw },
    delist: { ...delist, candidates: delist.candidates.slice(0, limit), neverSold: delist.neverSold.slice(0, limit), ...dw },
    ratings: ratings.slice(0, limit),
  };
  const listed = [...shown.hero.candidates, ...shown.hero.noise, ...shown.hero.highBounce, ...shown.delist.candidates, ...shown.delist.neverSold, ...shown.ratings].map(
    (x) => x.itemId,
  );
  return {
    ...shown,
    ...(lastDsr ? { dsr: { date: lastDsr.date, dsr: lastDsr.metrics.dsr! } } : {}),
    titles: titlesOf(rows, listed),
    itemCount: ids.size,
  };
}

export async function quadrantAnalysis(db: ShopMateDB, shopKey: string, today: string, t: Thresholds): Promise<QuadrantAnalysis> {
  const w = windowEnding(today, t.quadrantWindowDays);
  const [{ slots, packs }, rows] = await Promise.all([readDays(db, shopKey, w.from, w.to), itemRows(db, shopKey)]);
  const prices = new Map<string, number>();
  for (const r of rows) if (r.price !== undefined && r.status !== 'delisted') prices.set(r.itemId, r.price);
  const result = priceConversionQuadrants(itemWindows(slots, packs), prices, { minUv: t.heroMinUv });
  return { ...result, ...w, minUv: t.heroMinUv, titles: titlesOf(rows, result.points.map((p) => p.itemId)) };
}

// ---------------------------------------------------------------------------------------------
// Tips

export async function tipsAnalysis(db: ShopMateDB, shopKey: string, today: string, t: Thresholds): Promise<TipsAnalysis> {
  const from = addDays(today, -(t.tipBaselineDays + 14));
  const hw = windowEnding(today, t.heroWindowDays);
  const hwBefore = windowEnding(today, t.heroWindowDays, t.heroWindowDays);
  const sw = windowEnding(today, t.stockWindowDays);
  // One read of item days covers both hero windows and the stock window (all end yesterday).
  const span = windowEnding(today, Math.max(2 * t.heroWindowDays, t.stockWindowDays));
  const [days, lifecycle, heroPacks, heroDays, rows, campaigns, sourceDays] = await Promise.all([
    shopDays(db, shopKey, from, today),
    lifecycleAll(db, shopKey, today, t),
    readDays(db, shopKey, span.from, span.to),
    shopDays(db, shopKey, hwBefore.from, hw.to),
    itemRows(db, shopKey),
    db.campaigns.where('shopKey').equals(shopKey).toArray(),
    db.sourceDaily.where('[shopKey+date]').between([shopKey, addDays(today, -(2 * t.tipBaselineDays - 1))], [shopKey, today], true, true).toArray(),
  ]);
  const heroNow = heroOver(hw.from, hw.to, heroPacks.slots, heroPacks.packs, heroDays, t);
  const heroBefore = heroOver(hwBefore.from, hwBefore.to, heroPacks.slots, heroPacks.packs, heroDays, t);
  const titles = new Map(rows.filter((r) => r.title).map((r) => [r.itemId, r.title!]));
  // Stock as the item list last showed it; the pace from the item's unit sales over the stock window.
  const sold = new Map(itemWindows(heroPacks.slots, heroPacks.packs.filter((p) => p.date >= sw.from)).map((w) => [w.itemId, w]));
  const stock = rows
    .filter((r) => r.stock !== undefined && r.status !== 'delisted' && r.status !== 'draft')
    .map((r) => {
      const w = sold.get(r.itemId);
      return { itemId: r.itemId, stock: r.stock!, unitsDays: w?.unitsDays ?? 0, ...optional('units', w?.units) };
    });
  const tips = runTips({
    today,
    platform: platformOf(shopKey),
    thresholds: t,
    shopDays: days,
    lifecycle: { refWeek: lifecycle.refWeek, now: lifecycle.now, before: lifecycle.before },
    hero: { ...hw, now: heroNow, before: heroBefore },
    ratings: ratingWarnings(rows, t.ratingFloor),
    campaigns,
    titles,
    stock,
    sources: sourceComposition(sourceDays, today, t.tipBaselineDays),
  });
  return { tips, platform: platformOf(shopKey) };
}

// ---------------------------------------------------------------------------------------------
// Campaign review

/** 活动复盘 of one campaign: its windows' shop days and its items' days, compared (lib/analysis/campaign.ts). */
export async function campaignAnalysis(db: ShopMateDB, id: number, today: string, t: Thresholds): Promise<CampaignAnalysis | null> {
  const campaign = await db.campaigns.get(id);
  if (!campaign) return null;
  const w = campaignWindows(campaign.start, campaign.end, t.campaignCompareDays);
  const [days, itemDays, rows] = await Promise.all([
    shopDays(db, campaign.shopKey, w.before.from, w.after.to),
    Promise.all(
      campaign.itemIds.map((itemId) =>
        db.itemDaily
          .where('[shopKey+itemId+date]')
          .between([campaign.shopKey, itemId, w.before.from], [campaign.shopKey, itemId, w.after.to], true, true)
          .toArray(),
      ),
    ),
    itemRows(db, campaign.shopKey),
  ]);
  const review = campaignReview(
    { start: campaign.start, end: campaign.end, itemIds: campaign.itemIds, shopDays: days, itemDays: itemDays.flat() },
    { compareDays: t.campaignCompareDays, today, thresholds: t },
  );
  return { review, titles: titlesOf(rows, campaign.itemIds) };
}
