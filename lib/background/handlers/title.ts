import { resolveLocale } from '@/lib/i18n/locale';
import type { ShopMateDB, TitleEditRow } from '@/lib/db/schema';
import type { RecentEdit, titleMessages } from '@/lib/messaging/messages/title';
import type { PlatformId } from '@/lib/model/consoles';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings } from '@/lib/settings/store';
import type { TitleSettings } from '@/lib/title/check';
import { editThrottle, isSameSave } from '@/lib/title/throttle';
import { shopKeyFor } from '@/lib/db/shops';
import type { Handlers } from '../router';

/** How many of an item's edits the guard gets: far more than any window needs. */
const RECENT_LIMIT = 50;

/**
 * An item's edits across shops of the platform: the edit page rarely names the shop, so the
 * item id (unique per platform) is the key that joins edits, tabs and sessions.
 */
export async function editsOfItem(db: ShopMateDB, platform: PlatformId, itemId: string): Promise<TitleEditRow[]> {
  const rows = await db.titleEdits.filter((e) => e.platform === platform && e.itemId === itemId).toArray();
  return rows.sort((a, b) => b.at - a.at);
}

export const titleSettingsOf = (s: Settings): TitleSettings => ({
  language: resolveLocale(s.language),
  titleKeywords: s.titleKeywords,
  extraBannedWords: s.extraBannedWords,
  thresholds: s.thresholds,
});

const toRecent = (e: TitleEditRow): RecentEdit => ({ at: e.at, oldTitle: e.oldTitle, newTitle: e.newTitle, fields: e.fields });

export const titleHandlers = (
  db: ShopMateDB,
  settings: () => Promise<Settings> = loadSettings,
): Handlers<typeof titleMessages> => ({
  'titleEdit.record': async (m) => {
    const { thresholds } = await settings();
    const shopKey = await shopKeyFor(db, m.platform, m.shopId ? { id: m.shopId } : undefined);
    const { id, merged } = await db.transaction('rw', db.titleEdits, async () => {
      const [latest] = await editsOfItem(db, m.platform, m.itemId);
      if (latest?.id !== undefined && isSameSave(latest, m)) {
        const fields = [...new Set([...latest.fields, ...m.fields])];
        await db.titleEdits.update(latest.id, { fields });
        return { id: latest.id, merged: true };
      }
      const added = await db.titleEdits.add({
        shopKey,
        platform: m.platform,
        itemId: m.itemId,
        at: m.at,
        oldTitle: m.oldTitle,
        newTitle: m.newTitle,
        fields: m.fields,
      });
      return { id: added as number, merged: false };
    });
    const times = (await editsOfItem(db, m.platform, m.itemId)).map((e) => e.at);
    const { editsInWindow, windowHours } = editThrottle(times, m.at, thresholds);
    return { id, merged, editsInWindow, windowHours };
  },
  'titleEdit.recent': async (m) => {
    const [rows, s] = await Promise.all([m.itemId ? editsOfItem(db, m.platform, m.itemId) : [], settings()]);
    return { edits: rows.slice(0, RECENT_LIMIT).map(toRecent), settings: titleSettingsOf(s) };
  },
});
