import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startTitleGuard } from '@/lib/content/title-guard';
import { registerTitleGuard } from '@/lib/content/title-guard/loader';

/**
 * The on-page title guard, loaded by the console content script on item edit pages only
 * (lib/content/title-guard/loader.ts), so the script on every other console page stays small.
 */
export default defineUnlistedScript({
  // Firefox bundles the guard into the console script instead (see the loader).
  exclude: ['firefox'],
  // No global variable named after the entrypoint.
  globalName: false,
  main: () => registerTitleGuard(startTitleGuard),
});
