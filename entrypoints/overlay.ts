import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerChunk } from '@/lib/content/chunks';
import { toggleOverlay } from '@/lib/overlay/start';

/**
 * The reading overlay (issue 12), loaded into a console page only when the seller turns it on
 * (lib/content/chunks.ts), so the console script stays as small as it was.
 */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerChunk('overlay', toggleOverlay),
});
