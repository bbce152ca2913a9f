import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerGuidance } from '@/lib/content/guidance-loader';
import { startGuidance } from '@/lib/guidance/start';

/**
 * In-page guidance (issue 19), loaded into a console page only when the reply to its visit says
 * there is guidance to show there (lib/content/guidance-loader.ts).
 */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerGuidance(startGuidance),
});
