import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { startConsoleReader } from './main';
import { listenForOverlay } from './overlay-loader';

/**
 * The console content script of one platform (each platform's lib/platforms/<id>/content-script.ts,
 * added to the build by wxt.config.ts). One script per platform, matched by the manifest on that
 * platform's hosts only: a 生意参谋 page compiles and runs 生意参谋's page kinds and reader, not
 * four other consoles' — and needs no URL matching of its own to find its platform.
 *
 * From document_start, so the private bridge to the page-world observer is set up before any page
 * script runs (lib/content/bridge.ts); DOM reading waits for the page to render.
 */
export const defineConsoleScript = (platform: PlatformAdapter) =>
  defineContentScript({
    matches: [...platform.matches],
    runAt: 'document_start',
    // WXT's window.postMessage announcement is noise to the console's own message listeners.
    noScriptStartedPostMessage: true,
    // No `var console = …` at the top level: that would replace the isolated world's console.
    globalName: false,
    main(ctx) {
      startConsoleReader(ctx, platform);
      // The reading overlay loads only when the seller turns it on.
      listenForOverlay(ctx);
    },
  });
