/**
 * The private channel between the page-world observer (MAIN world) and the console content script
 * (isolated world). Not window.postMessage: every script on the page can read and forge those.
 *
 * Both scripts run at document_start, before any page script. Whichever runs first puts one
 * <shopmate-bridge> element under <html>; the second takes it out of the document again. From then
 * on only the two of them hold a reference to that detached element, and the observer dispatches
 * its CustomEvents on it (with dispatchEvent/CustomEvent captured before page scripts ran), so
 * page scripts can neither listen to nor forge them. An event arriving while the element is still
 * in the document (the handshake did not complete) is ignored. Whatever arrives is still the
 * page's data: the isolated side validates it like any untrusted input.
 */

export const BRIDGE_TAG = 'shopmate-bridge';
/** Observer → content script: detail = `${url}\n${body}` (a string crosses worlds intact). */
export const RESPONSE_EVENT = 'shopmate:response';
/** Content script → observer: the content script is listening (when the observer came first). */
export const READY_EVENT = 'shopmate:ready';
/** Response bodies above this are not handed over (parsing them would cost the page). */
export const MAX_BODY_CHARS = 4_000_000;
const MAX_URL_CHARS = 4096;

export interface ObservedResponse {
  url: URL;
  body: string;
}

/**
 * Isolated side. Call at document_start. `onResponse` gets each well-formed hand-over; anything
 * else is dropped. Returns undefined when the document has no root element yet.
 */
export function openBridge(doc: Document, onResponse: (response: ObservedResponse) => void, signal?: AbortSignal): Element | undefined {
  const root = doc.documentElement;
  if (!root) return undefined;
  let bridge = childBridge(root);
  const observerCameFirst = !!bridge;
  if (bridge) bridge.remove();
  else {
    bridge = doc.createElement(BRIDGE_TAG);
    bridge.setAttribute('hidden', '');
    root.appendChild(bridge);
  }
  const element = bridge;
  element.addEventListener(
    RESPONSE_EVENT,
    (event) => {
      // Still in the document: the observer never claimed it, so a page script could be the sender.
      if (element.isConnected) return;
      const response = parseHandOver((event as CustomEvent<unknown>).detail);
      if (response) onResponse(response);
    },
    { signal },
  );
  if (observerCameFirst) element.dispatchEvent(new CustomEvent(READY_EVENT));
  return element;
}

/** An open bridge whose responses wait, up to `max`, until someone listens. */
export interface BridgeTap {
  listen(onResponse: (response: ObservedResponse) => void): void;
}

/**
 * Opens the bridge now (document_start) for a listener that comes later: Chrome's console script
 * starts the reader only once its file is imported (./console-loader.ts), after page scripts may
 * have run, but the handshake must happen before any of them does.
 */
export function tapBridge(doc: Document, signal?: AbortSignal, max = 50): BridgeTap | undefined {
  const waiting: ObservedResponse[] = [];
  let listener: ((response: ObservedResponse) => void) | undefined;
  const opened = openBridge(
    doc,
    (response) => {
      if (listener) listener(response);
      else if (waiting.length < max) waiting.push(response);
    },
    signal,
  );
  if (!opened) return undefined;
  return {
    listen(onResponse) {
      listener = onResponse;
      for (const response of waiting.splice(0)) onResponse(response);
    },
  };
}

function childBridge(root: Element): Element | undefined {
  for (const child of Array.from(root.children)) if (child.tagName.toLowerCase() === BRIDGE_TAG) return child;
  return undefined;
}

/** `${url}\n${body}` → {url, body}, or undefined when it is not exactly that. */
export function parseHandOver(detail: unknown): ObservedResponse | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_URL_CHARS + 1 + MAX_BODY_CHARS) return undefined;
  const cut = detail.indexOf('\n');
  if (cut <= 0 || cut > MAX_URL_CHARS) return undefined;
  const body = detail.slice(cut + 1);
  if (body.length > MAX_BODY_CHARS) return undefined;
  let url: URL;
  try {
    url = new URL(detail.slice(0, cut));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  return { url, body };
}
