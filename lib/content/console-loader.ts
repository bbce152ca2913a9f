import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PlatformId } from '@/lib/model/consoles';
import { tapBridge, type BridgeTap } from './bridge';
import { readerFile } from './chunk-files';

/**
 * Chrome/Edge: the console content script the manifest runs is this loader; the reader itself
 * (./console-script.ts, built as reader-<id>.js) is imported from the extension. Chrome compiles a
 * content script from scratch on every page load, but keeps the compiled code of a file it
 * imports: `npm run bench` measured the imported reader 2–9 % cheaper per console page
 * (README, page cost). The loader opens the bridge to the page-world observer at document_start,
 * before any page script runs (./bridge.ts), and hands it over with its context. Firefox runs
 * the reader as the content script itself (wxt.config.ts).
 *
 * Built per platform from a two-line file wxt.config.ts writes: defineConsoleLoader('<id>', …).
 */

export type StartReader = (ctx: ContentScriptContext, bridge?: BridgeTap) => void;

const SLOT = Symbol.for('shopmate.reader');
type Registry = { [SLOT]?: StartReader };

/** Called by the reader file when it is evaluated (in this isolated world). */
export function registerReader(start: StartReader): void {
  (globalThis as Registry)[SLOT] = start;
}

export const defineConsoleLoader = (id: PlatformId, { matches, observedHosts }: { matches: readonly string[]; observedHosts: readonly string[] }) =>
  defineContentScript({
    matches: [...matches],
    runAt: 'document_start',
    noScriptStartedPostMessage: true,
    globalName: false,
    async main(ctx) {
      const bridge = observedHosts.includes(location.hostname) ? tapBridge(document, ctx.signal) : undefined;
      try {
        await import(/* @vite-ignore */ browser.runtime.getURL(readerFile(id)));
        const start = (globalThis as Registry)[SLOT];
        if (!start) throw new Error(`${readerFile(id)} did not register itself`);
        start(ctx, bridge);
      } catch (error) {
        console.warn('[ShopMate]', error);
      }
    },
  });
