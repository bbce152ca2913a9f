/**
 * A layer of ShopMate's own over a console page (the reading overlay, in-page guidance): a
 * zero-size host at the top of the document, so it never moves the page's layout, with a shadow
 * root the page's styles cannot reach (nor its styles the page). Things in it are placed in page
 * coordinates. `z` orders ShopMate's layers among themselves. No React here: in-page guidance
 * draws into `mount` with the DOM alone (components/guidance/layer.ts); ./shadow-layer.ts puts a
 * React root on it for the overlay.
 */
export function mountShadowHost(tag: string, css: string, z: number): { host: HTMLElement; mount: HTMLElement; remove(): void } {
  const host = document.createElement(tag);
  host.style.cssText = `position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:${z};`;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.documentElement.append(host);
  return { host, mount, remove: () => host.remove() };
}

/** ShopMate's own elements on a page are named so (its layers, the observer's bridge). */
const OWN_TAG = /^shopmate-/i;

/**
 * Only ShopMate's own layers came or went: the console's page did not change, so there is
 * nothing new to read (a layer mounting must not make the reader read the page again).
 */
export const onlyOwnChanges = (records: readonly MutationRecord[]): boolean =>
  records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === 1 && OWN_TAG.test((n as Element).tagName)));
