import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerChunk } from '@/lib/content/chunks';
import { startGuidance } from '@/lib/guidance/start';

/**
 * In-page guidance (issue 19), loaded into a console page only when the reply to its visit says
 * there is guidance to show there (lib/content/features/guidance.ts, lib/content/chunks.ts).
 */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerChunk('guidance', startGuidance),
});
