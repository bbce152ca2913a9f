import { z } from 'zod';
import { defineMessage } from '../define';
import { PlatformIdSchema } from '@/lib/model/schemas';
import type { TitleSettings } from '@/lib/title/check';

const ItemRef = {
  platform: PlatformIdSchema,
  shopId: z.string().min(1).max(128).optional(),
  itemId: z.string().min(1).max(128),
};

export const EDIT_FIELDS = ['title', 'price', 'mainImage', 'other'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

export interface RecentEdit {
  at: number;
  oldTitle: string;
  newTitle: string;
  fields: EditField[];
}

/** What the title guard needs from the background: the item's edits and the title settings. */
export interface TitleEditContext {
  /** This item's edits, newest first (any tab, any browser session). */
  edits: RecentEdit[];
  /** Settings the checks read, already validated (the content script carries no zod). */
  settings: TitleSettings;
}

/** Listing edits: content script (item edit page) → background. */
export const titleMessages = {
  /**
   * The seller saved/published an item edit. A second report of the same save (double click,
   * click + submit, retry) within a couple of minutes is merged, not counted twice.
   */
  'titleEdit.record': defineMessage<{ id: number; merged: boolean; editsInWindow: number; windowHours: number }>()(
    'content',
    z.object({
      ...ItemRef,
      at: z.number().int().positive(),
      oldTitle: z.string().max(500),
      newTitle: z.string().max(500),
      fields: z.array(z.enum(EDIT_FIELDS)).min(1).max(10),
    }),
  ),
  /**
   * The guard opened on an edit page (and re-asks when the tab regains focus). Without an
   * item id (a new listing being published) only the settings come back.
   */
  'titleEdit.recent': defineMessage<TitleEditContext>()(
    'content',
    z.object({ ...ItemRef, itemId: ItemRef.itemId.optional() }),
  ),
};
