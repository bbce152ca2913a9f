import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { startMaintenance, withStorageGuard } from '@/lib/db/maintenance';
import { openDatabase } from '@/lib/db/open';
import { detect } from '@/lib/platforms/registry';
import { startChecklistBadge } from './checklist-badge';
import { createHandlers } from './handlers';
import { startReminder } from './reminder';
import { createRouter } from './router';
import { toggleOverlay } from '@/lib/overlay/toggle';

/** Everything the service worker does, wired on start. No state lives only in memory. */
export function startBackground(): void {
  // Open (and upgrade) now, so a failed upgrade is recorded for the pages' banner at once.
  void openDatabase(db);
  const route = createRouter(withStorageGuard(createHandlers(db), db), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isConsoleUrl: (url) => detect(url) !== undefined,
    onRejected: (reason) => console.warn('[ShopMate] rejected message:', reason),
  });
  // Returning the promise keeps the channel open for the async reply (Chrome ≥ 99, Firefox).
  browser.runtime.onMessage.addListener((raw, sender) => route(raw, sender));
  startMaintenance(db);
  startChecklistBadge(db);
  startReminder(db);
  // The keyboard command (manifest `commands`): the reading overlay on the console page in front.
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-overlay') toggleOverlay().catch((error: unknown) => console.warn('[ShopMate] overlay:', error));
  });

  // Side panel opens from the toolbar action's context menu; the popup stays the quick checklist.
  void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false });
}
