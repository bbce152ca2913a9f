import { browser } from 'wxt/browser';
import { CHANNEL, type Result } from '@/lib/messaging/define';

/** The console script's toggle message (lib/content/overlay-loader.ts TOGGLE_OVERLAY). */
const TOGGLE = { channel: CHANNEL, type: 'overlay.toggle' } as const;

export class NoConsoleTab extends Error {}

/**
 * Turns the reading overlay on or off in the console tab the seller is looking at: the active
 * tab of the window last used. A ShopMate page opened as a tab of its own (the popup or side
 * panel in a tab, as the tests open them) is that active tab: then the console tab used most
 * recently. No `tabs` permission: only tab ids and when each was last used are read, and a tab
 * without ShopMate's console script simply does not answer.
 * Resolves with whether the overlay is shown now.
 */
export async function toggleOverlay(): Promise<boolean> {
  const self = await browser.tabs.getCurrent?.().catch(() => undefined);
  const [front] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const rest = self ? (await browser.tabs.query({})).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0)) : [];
  const ids = [...new Set([front?.id, ...rest.map((t) => t.id)])].filter((id): id is number => id !== undefined && id !== self?.id);
  for (const id of ids.slice(0, 12)) {
    let reply: Result<boolean> | undefined;
    try {
      reply = (await browser.tabs.sendMessage(id, TOGGLE)) as Result<boolean> | undefined;
    } catch {
      continue; // no console script in that tab
    }
    if (reply?.ok) return reply.value;
    if (reply && !reply.ok) throw new Error(reply.error);
  }
  throw new NoConsoleTab('no console page open');
}
