import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '@/lib/platforms/types';

/**
 * The on-page title guard on item edit pages (filled by the listing-edit feature).
 * Called by the console reader when the page kind is 'itemEdit'; stops on `signal`.
 */
export function startTitleGuard(
  _ctx: ContentScriptContext,
  _platform: PlatformAdapter,
  _signal: AbortSignal,
): void {}
