import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import OVERLAY_CSS from '@/components/overlay/overlay.css?inline';
import { sendToBackground } from '@/lib/messaging/client';
import { detect } from '@/lib/platforms/registry';

/**
 * Mounts the reading overlay on this console page, in a shadow root of its own (the page's
 * styles cannot reach it, its styles cannot reach the page) on a zero-size host at the top of
 * the document: marks are placed in page coordinates and take no clicks but their chips.
 */
let shown: { root: Root; host: HTMLElement } | undefined;

export async function toggleOverlay(): Promise<boolean> {
  if (shown) {
    hide();
    return false;
  }
  const found = detect(new URL(location.href));
  if (!found?.pageKind) throw new Error('not a console page ShopMate reads');
  const { platform, pageKind } = found;
  const initial = await sendToBackground('overlay.context', { platform: platform.id, host: location.hostname });
  const host = document.createElement('shopmate-overlay');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:2147483646;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.documentElement.append(host);
  const root = createRoot(mount);
  shown = { root, host };
  root.render(createElement(OverlayApp, { platform, pageKind, initial, host, onClose: hide }));
  return true;
}

function hide(): void {
  if (!shown) return;
  shown.root.unmount();
  shown.host.remove();
  shown = undefined;
}
