import { BRIDGE_TAG, MAX_BODY_CHARS, READY_EVENT, RESPONSE_EVENT } from './bridge';

/**
 * The page-world observer (MAIN world, document_start): wraps the page's own `fetch` and
 * `XMLHttpRequest` to *observe* responses for the endpoints ShopMate reads, and hands a copy of
 * their text to the content script over the private bridge (./bridge.ts).
 *
 * It never issues a request of its own, never alters what the page receives (a clone of the
 * Response is read; XHR text is read after the page's load), and never breaks the page: every
 * ShopMate step is inside try/catch and the page's call goes through first and untouched.
 * Everything it uses is captured before page scripts run, so a page that later replaces
 * dispatchEvent or Response.prototype.text cannot reach the bridge through them.
 */

type PageWindow = Window & typeof globalThis;

const MAX_BUFFERED = 50;

export function installPageObserver(win: PageWindow, shouldObserve: (url: URL) => boolean): void {
  const doc = win.document;
  const root = doc.documentElement;
  if (!root) return;

  // Captured now, before any page script can replace them.
  const apply = Reflect.apply;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const listen = win.EventTarget.prototype.addEventListener;
  const CustomEventCtor = win.CustomEvent;
  const URLCtor = win.URL;
  const stringify = win.JSON.stringify;
  const responseClone = win.Response.prototype.clone;
  const responseText = win.Response.prototype.text;
  const promiseThen = win.Promise.prototype.then;
  const xhrProto = win.XMLHttpRequest.prototype;
  const xhrOpen = xhrProto.open;
  const xhrSend = xhrProto.send;
  const getResponseText = Object.getOwnPropertyDescriptor(xhrProto, 'responseText')?.get;
  const getResponse = Object.getOwnPropertyDescriptor(xhrProto, 'response')?.get;
  const getResponseType = Object.getOwnPropertyDescriptor(xhrProto, 'responseType')?.get;
  const getStatus = Object.getOwnPropertyDescriptor(xhrProto, 'status')?.get;
  const getResponseURL = Object.getOwnPropertyDescriptor(xhrProto, 'responseURL')?.get;
  const base = win.location.href;

  // The bridge handshake (see ./bridge.ts).
  const buffered: string[] = [];
  let bridge: Element | undefined;
  let ready = false;
  for (const child of Array.from(root.children)) if (child.tagName.toLowerCase() === BRIDGE_TAG) bridge = child;
  if (bridge) {
    bridge.remove();
    ready = true;
  } else {
    bridge = doc.createElement(BRIDGE_TAG);
    bridge.setAttribute('hidden', '');
    root.appendChild(bridge);
    apply(listen, bridge, [READY_EVENT, () => {
      ready = !bridge!.isConnected;
      if (ready) for (const detail of buffered.splice(0)) send(detail);
    }]);
  }
  const channel = bridge;

  function send(detail: string) {
    apply(dispatch, channel, [new CustomEventCtor(RESPONSE_EVENT, { detail })]);
  }

  function handOver(url: string, body: string) {
    if (body.length > MAX_BODY_CHARS) return;
    const detail = `${url}\n${body}`;
    if (ready && !channel.isConnected) send(detail);
    else if (buffered.length < MAX_BUFFERED) buffered.push(detail);
  }

  function observed(input: unknown): string | undefined {
    try {
      const raw = typeof input === 'string' ? input : input instanceof URLCtor ? input.href : (input as { url?: unknown })?.url;
      if (typeof raw !== 'string') return undefined;
      const url = new URLCtor(raw, base);
      return shouldObserve(url) ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  // fetch: the page's call goes out first; a clone of a matching response is read on the side.
  const pageFetch = win.fetch;
  if (typeof pageFetch === 'function') {
    const wrapped = function (this: unknown, ...args: unknown[]) {
      const result = apply(pageFetch, this, args) as Promise<Response>;
      try {
        const url = observed(args[0]);
        if (url) {
          apply(promiseThen, result, [
            (response: Response) => {
              try {
                if (response.status < 200 || response.status >= 300) return;
                const copy = apply(responseClone, response, []) as Response;
                apply(promiseThen, apply(responseText, copy, []), [(text: string) => handOver(response.url || url, text), () => {}]);
              } catch {
                // ShopMate's problem, never the page's
              }
            },
            () => {},
          ]);
        }
      } catch {
        // ShopMate's problem, never the page's
      }
      return result;
    };
    try {
      Object.defineProperty(wrapped, 'name', { value: 'fetch' });
      win.fetch = wrapped as typeof win.fetch;
    } catch {
      // a frozen fetch: leave the page alone
    }
  }

  // XMLHttpRequest: remember the URL at open(), read the text once the page's request loaded.
  const urls = new WeakMap<XMLHttpRequest, string>();
  xhrProto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = observed(args[1]);
      if (url) urls.set(this, url);
      else urls.delete(this);
    } catch {
      // ignore
    }
    return apply(xhrOpen, this, args);
  } as typeof xhrProto.open;
  const watchLoad = (xhr: XMLHttpRequest, url: string) =>
    apply(listen, xhr, [
      'load',
      () => {
        try {
          const status = getStatus ? (apply(getStatus, xhr, []) as number) : 0;
          if (status < 200 || status >= 300) return;
          const type = getResponseType ? (apply(getResponseType, xhr, []) as string) : '';
          const finalUrl = (getResponseURL && (apply(getResponseURL, xhr, []) as string)) || url;
          if ((type === '' || type === 'text') && getResponseText) handOver(finalUrl, apply(getResponseText, xhr, []) as string);
          else if (type === 'json' && getResponse) handOver(finalUrl, stringify(apply(getResponse, xhr, [])) ?? '');
        } catch {
          // ignore
        }
      },
      { once: true },
    ]);
  xhrProto.send = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = urls.get(this);
      if (url) watchLoad(this, url);
    } catch {
      // ignore
    }
    return apply(xhrSend, this, args);
  } as typeof xhrProto.send;
}
