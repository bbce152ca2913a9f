import { defineContentScript } from 'wxt/utils/define-content-script';
import { installPageObserver } from '@/lib/content/page-observer';
import { isObservedEndpoint, OBSERVER_MATCHES } from '@/lib/platforms/observed';

/**
 * Page world, before the page's own scripts, on the console pages whose JSON ShopMate reads only:
 * observes the console's own responses for those endpoints and hands copies to the console content
 * script. Never sends anything.
 */
export default defineContentScript({
  matches: OBSERVER_MATCHES,
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
