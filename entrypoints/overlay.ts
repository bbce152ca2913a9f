import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerOverlay } from '@/lib/content/overlay-loader';
import { toggleOverlay } from '@/lib/overlay/start';

/**
 * The reading overlay (issue 12), loaded into a console page only when the seller turns it on
 * (lib/content/overlay-loader.ts), so the console script stays as small as it was.
 */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerOverlay(toggleOverlay),
});
