import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CHANNEL } from '@/lib/messaging/define';
import { sendToBackground } from '@/lib/messaging/client';

/**
 * The reading overlay (issue 12) costs the console page nothing until the seller turns it on:
 * the console script only listens for the toggle (one listener, no DOM work). The overlay itself
 * — its UI, React, every platform's reader and the provenance trace — is its own file
 * (entrypoints/overlay.ts), loaded on the first toggle like the title guard: in Chrome/Edge
 * imported from the extension (web-accessible to the consoles only, per-session URL; no extra
 * permission); in Firefox, where addons-linter flags a non-literal import() and console.js is
 * already over its budget, the background injects it into this tab (scripting.executeScript).
 * Either way it runs in this isolated world and registers its toggle here.
 */
export const OVERLAY_FILE = '/overlay.js';
export const TOGGLE_OVERLAY = 'overlay.toggle';
const REGISTRY = Symbol.for('shopmate.toggleOverlay');

/** Shows the overlay if hidden, hides it if shown; resolves with whether it is shown now. */
export type ToggleOverlay = () => Promise<boolean>;
type Registry = { [REGISTRY]?: ToggleOverlay };

/** Called by the overlay's own file when it is evaluated. */
export function registerOverlay(toggle: ToggleOverlay): void {
  (globalThis as Registry)[REGISTRY] = toggle;
}

async function loadOverlay(): Promise<ToggleOverlay> {
  const loaded = (globalThis as Registry)[REGISTRY];
  if (loaded) return loaded;
  if (import.meta.env.FIREFOX) await sendToBackground('overlay.inject', {});
  else await import(/* @vite-ignore */ browser.runtime.getURL(OVERLAY_FILE));
  const toggle = (globalThis as Registry)[REGISTRY];
  if (!toggle) throw new Error(`${OVERLAY_FILE} did not register the overlay`);
  return toggle;
}

const isToggle = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && (raw as { channel?: unknown }).channel === CHANNEL && (raw as { type?: unknown }).type === TOGGLE_OVERLAY;

/** Answers the popup's, side panel's and keyboard command's toggle (lib/overlay/toggle.ts). */
export function listenForOverlay(ctx: ContentScriptContext): void {
  const onMessage = (raw: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
    if (!isToggle(raw)) return undefined;
    loadOverlay()
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
