import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { startTitleGuard as bundledTitleGuard } from '.';

/**
 * The title guard (its UI, diff, word lists) is a third of the console reader's weight but is
 * only needed on item edit pages. In Chrome/Edge it is its own file (entrypoints/title-guard.ts)
 * that the reader imports when it finds an edit page — with no extra permission: the file is
 * web-accessible to the consoles only, under a per-session URL no page can probe. Imported from
 * a content script it runs in the same isolated world, so it registers its start function on
 * that world's global object for the reader to call.
 *
 * Firefox keeps the guard inside the reader (still within the 30 KB budget): addons-linter
 * flags an import() whose argument is not a literal, and the store review asks about it.
 * Everywhere else the bundled import is dead code and left out of the build.
 */
export const TITLE_GUARD_FILE = '/title-guard.js';
const REGISTRY = Symbol.for('shopmate.startTitleGuard');

type StartTitleGuard = typeof bundledTitleGuard;
type Registry = { [REGISTRY]?: StartTitleGuard };

/** Called by the guard's own file when it is evaluated. */
export function registerTitleGuard(start: StartTitleGuard): void {
  (globalThis as Registry)[REGISTRY] = start;
}

/** Loads the guard (once per page) and starts it for this edit page, unless the page was left meanwhile. */
export async function loadTitleGuard(ctx: ContentScriptContext, platform: PlatformAdapter, signal: AbortSignal): Promise<void> {
  let start: StartTitleGuard | undefined;
  if (import.meta.env.FIREFOX) {
    // Inlined into Firefox's bundle; a dynamic import so that elsewhere the guard's module and its
    // UI dependencies leave the build with the dead branch (a static import kept their top-level code).
    start = (await import('.')).startTitleGuard;
  } else {
    if (!(globalThis as Registry)[REGISTRY]) await import(/* @vite-ignore */ browser.runtime.getURL(TITLE_GUARD_FILE));
    start = (globalThis as Registry)[REGISTRY];
    if (!start) throw new Error(`${TITLE_GUARD_FILE} did not register the title guard`);
  }
  if (!signal.aborted && !ctx.signal.aborted) start(ctx, platform, signal);
}
