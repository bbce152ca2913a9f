import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { ShopIdentity } from '@/lib/shops/identity';

/**
 * Reads are held until the page's header names its shop (consoles render the header after the
 * data calls start); after this long without one they are sent without it and the background
 * gives them to the shop last identified on this console, flagged (lib/shops/identity.ts).
 */
export const SHOP_WAIT_MS = 4000;

export interface ShopWatch {
  /** Runs `send` with the shop once the header names it, or without one after SHOP_WAIT_MS. */
  whenKnown(send: (identity: { shop?: ShopIdentity }) => void): void;
  /** Looks at the header again (after the DOM changed). */
  check(): void;
  /** What is known now (for messages that do not wait). */
  identity(): { shop?: ShopIdentity };
}

/**
 * Which shop this page belongs to: read from the header (lib/platforms/<id>/shop.ts) as soon as
 * it renders; reads wait for it, bounded by SHOP_WAIT_MS. The header is checked when the page
 * is read and at each DOM burst; a few querySelectorAll calls.
 */
export function shopWatch(ctx: ContentScriptContext, signal: AbortSignal, platform: PlatformAdapter): ShopWatch {
  let known: ShopIdentity | undefined;
  let waiting = !!platform.readShop;
  const held: ((identity: { shop?: ShopIdentity }) => void)[] = [];
  const identity = () => (known ? { shop: known } : {});
  const release = () => {
    waiting = false;
    for (const send of held.splice(0)) if (!signal.aborted) send(identity());
  };
  const check = () => {
    if (known || !platform.readShop || !document.documentElement) return;
    known = platform.readShop(document);
    if (known) release();
  };
  if (waiting) {
    ctx.setTimeout(release, SHOP_WAIT_MS);
    const observer = new MutationObserver(check);
    const start = () => {
      check();
      if (!known && !signal.aborted) observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    };
    if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true, signal });
    else start();
    const stop = () => observer.disconnect();
    signal.addEventListener('abort', stop, { once: true });
    ctx.setTimeout(stop, SHOP_WAIT_MS);
  }
  return {
    whenKnown: (send) => {
      check();
      if (waiting && !known) held.push(send);
      else send(identity());
    },
    check,
    identity,
  };
}
