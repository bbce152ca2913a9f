import { lifecycleAll, picksAnalysis, tipsAnalysis } from '@/lib/analysis/service';
import type { Tip } from '@/lib/analysis/tips';
import { addDays } from '@/lib/dates';
import type { ShopMateDB } from '@/lib/db/schema';
import { rulesOfConsole } from '@/lib/db/rules-store';
import { shopKeyFor } from '@/lib/db/shops';
import type { ShopMetricKey } from '@/lib/model/catalogue';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import { platformById } from '@/lib/platforms/registry';
import type { Settings } from '@/lib/settings/schema';
import type { ShopIdentity } from '@/lib/shops/identity';
import { editThrottle } from '@/lib/title/throttle';
import { loadSettings } from '@/lib/settings/store';
import { hiddenTodayItem, isHidden, type HiddenToday } from './hidden';
import { guidanceKindOf, type GuidanceKind, type ItemGuidance, type MetricHint, type PageGuidance, type StoredValues } from './types';

/**
 * The background's side of in-page guidance (issue 19). Nothing here decides anything new: the
 * hints are the side panel's findings — the diagnosis tips (lib/analysis/tips), lifecycle,
 * hero/delist picks and rating floor (lib/analysis/service.ts), the title throttle
 * (lib/title/throttle.ts) — filtered to what this page shows.
 */

export interface GuidancePageRef {
  platform: PlatformId;
  pageKind: PageKind;
  host: string;
  path: string;
  shop?: ShopIdentity;
}

/** The kind of guidance this page gets, if the seller's switches and today's hides allow it. */
export function allowedKind(settings: Settings, hidden: HiddenToday, today: string, page: GuidancePageRef): GuidanceKind | undefined {
  const kind = guidanceKindOf(page.pageKind);
  if (!kind || !settings.guidance.enabled || !settings.guidance[kind]) return undefined;
  if (isHidden(hidden, today, page.host, page.path)) return undefined;
  return kind;
}

/**
 * Is there anything the guidance layer could show on this page? Cheap (indexed counts only), for
 * the reply to the page's visit: the layer's code is loaded only when this says yes. A yes may
 * still end in no chip (the page may not show the metric or the items concerned).
 */
export async function guidancePlanned(db: ShopMateDB, settings: Settings, hidden: HiddenToday, today: string, page: GuidancePageRef): Promise<boolean> {
  const kind = allowedKind(settings, hidden, today, page);
  if (!kind) return false;
  const shopKey = await shopKeyFor(db, page.platform, page.shop);
  if (kind === 'campaigns') {
    return (await db.campaigns.where('shopKey').equals(shopKey).filter((c) => c.end < today && c.reviewedAt === undefined).count()) > 0;
  }
  if (kind === 'items') return (await db.items.where('shopKey').equals(shopKey).count()) > 0;
  // A tip compares a day with the baseline days before it: fewer days than half the baseline say nothing.
  const days = await db.shopDaily.where('[shopKey+date]').between([shopKey, ''], [shopKey, today]).count();
  return days > Math.ceil(settings.thresholds.tipBaselineDays / 2);
}

/** guidancePlanned with the seller's settings and today's hides, for the reply to a page's visit. */
export async function guidanceOnPage(db: ShopMateDB, today: string, page: GuidancePageRef): Promise<true | undefined> {
  if (!guidanceKindOf(page.pageKind)) return undefined; // most console pages: nothing to read
  const [settings, hidden] = await Promise.all([loadSettings(), hiddenTodayItem.getValue()]);
  return (await guidancePlanned(db, settings, hidden, today, page)) || undefined;
}

/** Tips about shop metrics (the chip's place): the first metric their evidence cites, then the others. */
export function metricHints(tips: readonly Tip[]): MetricHint[] {
  return tips.flatMap((tip) => {
    if (tip.items?.length) return [];
    const [metric, ...near] = tip.evidence.flatMap((e) => (e.label.startsWith('metric.') && !e.name ? [e.label.slice('metric.'.length) as ShopMetricKey] : []));
    return metric ? [{ metric, tip, ...(near.length ? { near } : {}) }] : [];
  });
}

/** How far back a metric page's numbers are looked up by value (a console shows at most a few weeks back by default). */
const STORED_DAYS = 62;

/** The stored values of these metrics over the STORED_DAYS before today, by metric and day. */
export async function storedValues(db: ShopMateDB, shopKey: string, today: string, metrics: readonly ShopMetricKey[]): Promise<StoredValues> {
  const out: StoredValues = {};
  if (!metrics.length) return out;
  const rows = await db.shopDaily.where('[shopKey+date]').between([shopKey, addDays(today, -STORED_DAYS)], [shopKey, today], true, true).toArray();
  for (const row of rows) {
    for (const key of metrics) {
      const value = row.metrics[key];
      if (typeof value === 'number') (out[key] ??= {})[row.date] = value;
    }
  }
  return out;
}

/** The guidance of one page view. `itemIds`: the items the page lists (item lists only). */
export async function guidanceForPage(
  db: ShopMateDB,
  settings: Settings,
  hidden: HiddenToday,
  query: GuidancePageRef & { today: string; itemIds: readonly string[]; now: number },
): Promise<PageGuidance> {
  const kind = allowedKind(settings, hidden, query.today, query);
  const shopKey = await shopKeyFor(db, query.platform, query.shop);
  const shop = await db.shops.get(shopKey);
  const t = settings.thresholds;
  const base: PageGuidance = {
    kind: kind ?? null,
    shopKey,
    language: settings.language,
    currency: shop?.currency ?? platformById(query.platform).currency,
    metrics: [],
    items: [],
    campaigns: [],
    rules: kind === 'metrics' ? await rulesOfConsole(db, query.platform, query.host) : [],
    crossCheckTolerance: t.crossCheckTolerance,
  };
  if (kind === 'metrics') {
    const metrics = metricHints((await tipsAnalysis(db, shopKey, query.today, t)).tips);
    const keys = [...new Set(metrics.flatMap((h) => [h.metric, ...(h.near ?? [])]))];
    return { ...base, metrics, stored: await storedValues(db, shopKey, query.today, keys) };
  }
  if (kind === 'campaigns') {
    return { ...base, campaigns: (await tipsAnalysis(db, shopKey, query.today, t)).tips.filter((tip) => tip.rule === 'campaignUnreviewed') };
  }
  if (kind === 'items' && query.itemIds.length) return { ...base, items: await itemGuidance(db, shopKey, query.today, query.now, settings, query.itemIds) };
  return base;
}

async function itemGuidance(db: ShopMateDB, shopKey: string, today: string, now: number, settings: Settings, itemIds: readonly string[]): Promise<ItemGuidance[]> {
  const t = settings.thresholds;
  const wanted = new Set(itemIds);
  const windowMs = t.titleEditWindowHours * 3_600_000;
  const [lifecycle, picks, edits] = await Promise.all([
    lifecycleAll(db, shopKey, today, t),
    // Every pick, not the side panel's first 50: the page may list any of them.
    picksAnalysis(db, shopKey, today, t, Number.MAX_SAFE_INTEGER),
    db.titleEdits.where('at').above(now - windowMs).filter((e) => e.shopKey === shopKey && wanted.has(e.itemId)).toArray(),
  ]);
  const byId = new Map<string, ItemGuidance>();
  const of = (itemId: string) => {
    let g = byId.get(itemId);
    if (!g) byId.set(itemId, (g = { itemId }));
    return g;
  };
  for (const r of lifecycle.now) if (wanted.has(r.itemId) && r.stage !== 'unknown') of(r.itemId).stage = r;
  const { from, to } = picks.hero;
  for (const p of picks.hero.candidates) if (wanted.has(p.itemId)) of(p.itemId).hero = { ...p, from, to };
  for (const p of picks.delist.candidates) if (wanted.has(p.itemId)) of(p.itemId).delist = { ...p, from: picks.delist.from, to: picks.delist.to };
  for (const w of picks.ratings) if (wanted.has(w.itemId)) of(w.itemId).rating = { rating: w.rating, floor: t.ratingFloor };
  const times = new Map<string, number[]>();
  for (const e of edits) times.set(e.itemId, [...(times.get(e.itemId) ?? []), e.at]);
  for (const [itemId, at] of times) {
    const status = editThrottle(at, now, t);
    if (status.editsInWindow > 0) of(itemId).titleEdits = { count: status.editsInWindow, max: status.maxEdits, hours: status.windowHours };
  }
  return itemIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
