import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { create } from 'zustand';
import { useSettings } from '@/components/app/settings-store';
import { db, type ShopRow } from '@/lib/db';
import { toBusinessDate } from '@/lib/dates';
import { sendToBackground } from '@/lib/messaging/client';
import type { MessageType, Payload, Reply } from '@/lib/messaging/protocol';

/** Analysis UI state shared by the analysis tabs (not persisted): the shop, and what to focus. */
interface AnalysisState {
  shopKey?: string;
  /** Set by a tip's "view the numbers": a report date or an items section to scroll to. */
  focus?: string;
  campaignId?: number;
  setShop(shopKey: string): void;
  setFocus(focus: string | undefined, campaignId?: number): void;
}

export const useAnalysisStore = create<AnalysisState>((set) => ({
  setShop: (shopKey) => set({ shopKey }),
  setFocus: (focus, campaignId) => set({ focus, campaignId }),
}));

/** Every shop ShopMate has read, most recently seen first (undefined while loading). */
export function useShops(): ShopRow[] | undefined {
  return useLiveQuery(async () => (await db.shops.toArray()).sort((a, b) => b.lastSeenAt - a.lastSeenAt), []);
}

/** The shop the analysis looks at: the one picked, else the most recently seen. */
export function useCurrentShop(): { shops: ShopRow[] | undefined; shop: ShopRow | undefined } {
  const shops = useShops();
  const picked = useAnalysisStore((s) => s.shopKey);
  const shop = shops?.find((s) => s.key === picked) ?? shops?.[0];
  return { shops, shop };
}

/** How many days of shop figures, and of item figures, the shop has (undefined while loading). */
export function useDayCounts(shopKey: string | undefined): { shopDays: number; itemDays: number } | undefined {
  return useLiveQuery(async () => {
    if (!shopKey) return { shopDays: 0, itemDays: 0 };
    const range = [[shopKey, ''], [shopKey, '\uffff']] as const;
    const [shopDays, itemDates] = await Promise.all([
      db.shopDaily.where('[shopKey+date]').between(...range).count(),
      // Distinct dates: one key per (shop, date) pair, however many items that day.
      db.itemDaily.where('[shopKey+date]').between(...range).uniqueKeys(),
    ]);
    return { shopDays, itemDays: itemDates.length };
  }, [shopKey]);
}

/** Today's business date, refreshed every minute (rolls over at midnight with the panel open). */
export function useToday(): string {
  const [today, setToday] = useState(() => toBusinessDate(Date.now()));
  useEffect(() => {
    const timer = setInterval(() => setToday(toBusinessDate(Date.now())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}

export type Query<T> = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; data: T };

/**
 * Asks the background for an analysis and asks again when the shop's data changes (any capture
 * updates the shop's lastSeenAt) or the thresholds change. The previous answer stays on screen
 * while a refresh runs.
 */
export function useBackgroundQuery<T extends MessageType>(type: T, payload: Payload<T> | undefined, extra = ''): Query<Reply<T>> & { refreshing: boolean } {
  const key = payload ? `${JSON.stringify(payload)}|${extra}` : '';
  const shopKey = (payload as { shopKey?: string } | undefined)?.shopKey;
  // Tagged with its shop: useLiveQuery keeps the previous shop's value until the new one arrives,
  // and asking with that would send every query twice.
  const stamped = useLiveQuery(async () => ({ shopKey, at: shopKey ? ((await db.shops.get(shopKey))?.lastSeenAt ?? 0) : 0 }), [shopKey]);
  const stamp = stamped && stamped.shopKey === shopKey ? stamped.at : undefined;
  const thresholds = JSON.stringify(useSettings().thresholds);
  // The answer remembers which request produced it: a newer request shows the older answer as
  // refreshing, and an answer for another shop or day is never shown as this one's.
  const version = `${key}|${stamp}|${thresholds}`;
  const [state, setState] = useState<{ key: string; version: string; query: Query<Reply<T>> }>({ key: '', version: '', query: { status: 'loading' } });

  useEffect(() => {
    if (!payload || stamp === undefined) return;
    let live = true;
    sendToBackground(type, payload).then(
      (data) => live && setState({ key, version, query: { status: 'ready', data } }),
      (error: unknown) => live && setState({ key, version, query: { status: 'error', error: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
    // payload is represented by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type, version]);

  const query = state.key === key ? state.query : ({ status: 'loading' } as const);
  const refreshing = state.version !== version;
  return { ...query, refreshing };
}
