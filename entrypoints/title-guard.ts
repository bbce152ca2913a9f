import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerChunk } from '@/lib/content/chunks';
import { startTitleGuard } from '@/lib/content/title-guard';

/**
 * The on-page title guard, loaded by the console content script on item edit pages only
 * (lib/content/chunks.ts), so the script on every other console page stays small.
 */
export default defineUnlistedScript({
  // No global variable named after the entrypoint.
  globalName: false,
  main: () => registerChunk('titleGuard', startTitleGuard),
});
