import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CHANNEL } from '@/lib/messaging/define';
import { loadChunk } from './chunks';

/**
 * The reading overlay (issue 12) costs the console page nothing until the seller turns it on:
 * the console script only listens for the toggle (one listener, no DOM work). The overlay itself
 * — its UI, React, every platform's reader and the provenance trace — is its own file
 * (entrypoints/overlay.ts), loaded on the first toggle (./chunks.ts).
 */
export const TOGGLE_OVERLAY = 'overlay.toggle';

/** Shows the overlay if hidden, hides it if shown; resolves with whether it is shown now. */
export type ToggleOverlay = () => Promise<boolean>;

const isToggle = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && (raw as { channel?: unknown }).channel === CHANNEL && (raw as { type?: unknown }).type === TOGGLE_OVERLAY;

/** Answers the popup's, side panel's and keyboard command's toggle (lib/overlay/toggle.ts). */
export function listenForOverlay(ctx: ContentScriptContext): void {
  const onMessage = (raw: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
    if (!isToggle(raw)) return undefined;
    loadChunk('overlay')
      .then((toggle) => toggle())
      .then(
        (shown) => respond({ ok: true, value: shown }),
        (error: unknown) => respond({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true; // answered asynchronously
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
