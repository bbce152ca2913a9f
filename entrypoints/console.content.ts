import { defineContentScript } from 'wxt/utils/define-content-script';
import { startConsoleReader } from '@/lib/content/main';
import { CONSOLE_MATCHES } from '@/lib/platforms/registry';

/**
 * Runs on seller consoles only: reads what the seller's own session shows. From document_start,
 * so the private bridge to the page-world observer is set up before any page script runs
 * (lib/content/bridge.ts); DOM reading waits for the page to render.
 */
export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_start',
  // WXT's window.postMessage announcement is noise to the console's own message listeners.
  noScriptStartedPostMessage: true,
  // No `var console = …` at the top level: that would replace the isolated world's console.
  globalName: false,
  main(ctx) {
    startConsoleReader(ctx);
  },
});
