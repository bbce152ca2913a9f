import { storage } from 'wxt/utils/storage';

/**
 * Where the side panel should look when the seller follows a hint from the console page: written
 * by the background (guidance.open), read by the side panel when it opens or while it is open
 * (FocusFromPage in components/guidance). Session storage: it means nothing after a restart.
 */
export interface GuidanceFocus {
  tab: 'items' | 'report' | 'tips' | 'campaigns';
  shopKey: string;
  itemId?: string;
  campaignId?: number;
  /** An items section (lifecycle, hero, delist, ratings) or a report date. */
  focus?: string;
  at: number;
}

export const guidanceFocusItem = storage.defineItem<GuidanceFocus | null>('session:guidanceFocus', { fallback: null });
