import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { loadChunk } from '../chunks';

/**
 * The title guard (its UI, diff, word lists) is a third of the console reader's weight but is
 * only needed on item edit pages: its own file (entrypoints/title-guard.ts), loaded there only
 * (../chunks.ts), in every browser.
 */
export async function loadTitleGuard(ctx: ContentScriptContext, platform: PlatformAdapter, signal: AbortSignal): Promise<void> {
  const start = await loadChunk('titleGuard');
  if (!signal.aborted && !ctx.signal.aborted) start(ctx, platform, signal);
}
