import { createElement } from 'react';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import OVERLAY_CSS from '@/components/overlay/overlay.css?inline';
import { sendToBackground } from '@/lib/messaging/client';
import { detect } from '@/lib/platforms/registry';
import { mountShadowLayer } from '@/lib/content/shadow-layer';

/**
 * Mounts the reading overlay on this console page, in a shadow root of its own (the page's
 * styles cannot reach it, its styles cannot reach the page) on a zero-size host at the top of
 * the document: marks are placed in page coordinates and take no clicks but their chips.
 */
let shown: ReturnType<typeof mountShadowLayer> | undefined;

export async function toggleOverlay(): Promise<boolean> {
  if (shown) {
    hide();
    return false;
  }
  const found = detect(new URL(location.href));
  if (!found?.pageKind) throw new Error('not a console page ShopMate reads');
  const { platform, pageKind } = found;
  const initial = await sendToBackground('overlay.context', { platform: platform.id, host: location.hostname });
  // Above in-page guidance's layer (lib/guidance/start.ts): the seller asked for it.
  shown = mountShadowLayer('shopmate-overlay', OVERLAY_CSS, 2147483646);
  shown.root.render(createElement(OverlayApp, { platform, pageKind, initial, onClose: hide }));
  return true;
}

function hide(): void {
  if (!shown) return;
  shown.remove();
  shown = undefined;
}
