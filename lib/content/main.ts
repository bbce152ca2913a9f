import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toBusinessDate } from '@/lib/dates';
import { sendToBackground } from '@/lib/messaging/client';
import { detect } from '@/lib/platforms/registry';

/**
 * The console content script: on pages ShopMate recognises, record the visit (checklist
 * evidence) and read what the page shows. On every other page it does nothing at all.
 */
export function startConsoleReader(ctx: ContentScriptContext): void {
  const onPage = () => {
    const url = new URL(location.href);
    const found = detect(url);
    if (!found?.pageKind) return;
    const at = Date.now();
    void sendToBackground('pageVisit', {
      platform: found.platform.id,
      pageKind: found.pageKind,
      url: url.href,
      at,
      date: toBusinessDate(at),
    }).catch((error: unknown) => console.warn('[ShopMate]', error));
  };
  onPage();
  ctx.addEventListener(window, 'wxt:locationchange', onPage);
}
