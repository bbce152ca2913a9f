import { defineContentScript } from 'wxt/utils/define-content-script';
import { installPageObserver } from '@/lib/content/page-observer';
import { isObservedEndpoint } from '@/lib/platforms/observed';
import { PAGE_WORLD_MATCHES } from '@/lib/platforms/matches';

/**
 * Page world, before the page's own scripts: observes the console's own JSON responses for the
 * endpoints ShopMate reads and hands copies to the console content script. Never sends anything.
 */
export default defineContentScript({
  matches: PAGE_WORLD_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  // No global left on the seller's page (WXT names the bundle's IIFE result after the entrypoint).
  globalName: false,
  main() {
    try {
      installPageObserver(window, isObservedEndpoint);
    } catch {
      // Never break the seller's page.
    }
  },
});
