import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { BridgeTap } from './bridge';
import { registerReader } from './console-loader';
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
 *
 * Built twice (wxt.config.ts): Firefox runs it as the content script (with its context); Chrome/Edge
 * build it as reader-<id>.js, imported by the platform's loader (./console-loader.ts), which has
 * already opened the bridge and hands it over with its context.
 */
export const defineConsoleScript = (platform: PlatformAdapter) =>
  defineContentScript({
    matches: [...platform.matches],
    runAt: 'document_start',
    // WXT's window.postMessage announcement is noise to the console's own message listeners.
    noScriptStartedPostMessage: true,
    // No `var console = …` at the top level: that would replace the isolated world's console.
    globalName: false,
    main(ctx: ContentScriptContext | undefined) {
      const start = (context: ContentScriptContext, bridge?: BridgeTap) => {
        startConsoleReader(context, platform, bridge);
        // The reading overlay loads only when the seller turns it on.
        listenForOverlay(context);
      };
      if (ctx) start(ctx);
      else registerReader(start); // evaluated as reader-<id>.js: the loader starts it
    },
  });
