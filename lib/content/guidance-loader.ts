import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/messaging/client';
import type { FeaturePage } from './feature';

/**
 * In-page guidance (issue 19) costs a console page nothing unless the reply to its visit says
 * there is guidance to show there. Then, once the page is idle, its own file
 * (entrypoints/guidance.ts: the layer, React, the anchors) is loaded as the reading overlay's is
 * (./overlay-loader.ts): imported from the extension in Chrome/Edge (web-accessible to the
 * consoles only, per-session URL), injected by the background in Firefox. It registers here.
 */
export const GUIDANCE_FILE = '/guidance.js';
const REGISTRY = Symbol.for('shopmate.guidance');

/** What the guidance file does with a page: ask for its hints once, then draw them. */
export type StartGuidance = (page: FeaturePage) => void;
type Registry = { [REGISTRY]?: StartGuidance };

/** Called by the guidance file when it is evaluated. */
export function registerGuidance(start: StartGuidance): void {
  (globalThis as Registry)[REGISTRY] = start;
}

export async function loadGuidance(): Promise<StartGuidance> {
  if (!(globalThis as Registry)[REGISTRY]) {
    if (import.meta.env.FIREFOX) await sendToBackground('guidance.inject', {});
    else await import(/* @vite-ignore */ browser.runtime.getURL(GUIDANCE_FILE));
  }
  const start = (globalThis as Registry)[REGISTRY];
  if (!start) throw new Error(`${GUIDANCE_FILE} did not register`);
  return start;
}
