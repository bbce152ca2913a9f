import { defineContentScript } from 'wxt/utils/define-content-script';
import { startConsoleReader } from '@/lib/content/main';
import { CONSOLE_MATCHES } from '@/lib/platforms/registry';

/** Runs on seller consoles only: reads what the seller's own session shows. */
export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startConsoleReader(ctx);
  },
});
