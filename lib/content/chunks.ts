import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/messaging/client';
import { CHUNK_FILES } from './chunk-files';
import type { ToggleOverlay } from './overlay-loader';
import type { applyTaughtRules } from '@/lib/rules/apply';
import type { builtInShopLabels } from '@/lib/rules/labels';
import type { startTitleGuard } from './title-guard';
import type { FeaturePage } from './feature';

/**
 * Parts of the console script a page needs only sometimes are files of their own
 * (entrypoints/<file>.ts), loaded when needed, so every other console page stays small (page
 * cost): the title guard on item edit pages, the reading overlay when the seller turns it on,
 * the taught rules' code where the seller taught this console a rule, in-page guidance where
 * the reply to the page's visit says there is some.
 * Chrome/Edge import the file from the extension — web-accessible to the consoles only, under a
 * per-session URL no page can probe (wxt.config.ts), no extra permission. Firefox, where
 * addons-linter flags an import() whose argument is not a literal, asks the background to put
 * the file into this tab (scripting.executeScript). Either way the file runs in this isolated
 * world and registers what it offers here.
 */
export { CHUNK_FILES };
export type ChunkName = keyof typeof CHUNK_FILES;
export const CHUNK_NAMES = Object.keys(CHUNK_FILES) as ChunkName[];

/** What each file offers the console script. */
export interface ChunkExports {
  titleGuard: typeof startTitleGuard;
  overlay: ToggleOverlay;
  taughtRules: { apply: typeof applyTaughtRules; builtInShopLabels: typeof builtInShopLabels };
  /** In-page guidance (issue 19): asks for this page's hints once, then draws them. */
  guidance: (page: FeaturePage) => void;
}

type Registry = { [key: symbol]: unknown };
const slot = (name: ChunkName) => Symbol.for(`shopmate.chunk.${name}`);

/** Called by the chunk's own file when it is evaluated. */
export function registerChunk<N extends ChunkName>(name: N, offered: ChunkExports[N]): void {
  (globalThis as Registry)[slot(name)] = offered;
}

/** Loads the chunk once per page (again only if it never registered) and returns what it offers. */
export async function loadChunk<N extends ChunkName>(name: N): Promise<ChunkExports[N]> {
  const registered = () => (globalThis as Registry)[slot(name)] as ChunkExports[N] | undefined;
  if (registered()) return registered()!;
  if (import.meta.env.FIREFOX) await sendToBackground('chunk.inject', { name });
  else await import(/* @vite-ignore */ browser.runtime.getURL(CHUNK_FILES[name]));
  const offered = registered();
  if (!offered) throw new Error(`${CHUNK_FILES[name]} did not register itself`);
  return offered;
}
