import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { detect } from '@/lib/platforms/registry';
import { createHandlers } from './handlers';
import { createRouter } from './router';

/** Everything the service worker does, wired on start. No state lives only in memory. */
export function startBackground(): void {
  const route = createRouter(createHandlers(db), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isConsoleUrl: (url) => detect(url) !== undefined,
    onRejected: (reason) => console.warn('[ShopMate] rejected message:', reason),
  });
  // Returning the promise keeps the channel open for the async reply (Chrome ≥ 99, Firefox).
  browser.runtime.onMessage.addListener((raw, sender) => route(raw, sender));

  // Side panel opens from the toolbar action's context menu; the popup stays the quick checklist.
  void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false });
}
