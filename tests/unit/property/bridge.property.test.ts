// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_TAG, MAX_BODY_CHARS, READY_EVENT, RESPONSE_EVENT, openBridge, parseHandOver } from '@/lib/content/bridge';

/**
 * Property tests of the page-world → content-script bridge (lib/content/bridge.ts, helper A's):
 * whatever a page script dispatches, wherever it can reach, the content script hears nothing
 * it did not get from the observer; and the hand-over parser takes only `https-url\nbody`.
 */

const anyDetail = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.tuple(fc.webUrl({ validSchemes: ['https', 'http', 'ftp'] }), fc.string()).map(([u, b]) => `${u}\n${b}`),
);

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('parseHandOver', () => {
  it('never throws; accepts only an https URL, a newline, and a body within the limit', () => {
    fc.assert(
      fc.property(anyDetail, (detail) => {
        const parsed = parseHandOver(detail);
        if (!parsed) return;
        expect(typeof detail).toBe('string');
        expect(parsed.url.protocol).toBe('https:');
        expect(parsed.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
        expect((detail as string).startsWith(`${(detail as string).slice(0, (detail as string).indexOf('\n'))}\n`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back exactly the URL and the body (newlines in the body included)', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }), fc.string({ maxLength: 200 }), (url, body) => {
        expect(parseHandOver(`${url}\n${body}`)).toEqual({ url: new URL(url), body });
      }),
    );
  });
});

describe('openBridge against page scripts', () => {
  const targetsA = () => [document, window, document.documentElement, document.body, ...Array.from(document.querySelectorAll(BRIDGE_TAG))];

  it('content script first: nothing any page script dispatches — on any target, even a look-alike bridge — reaches it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(RESPONSE_EVENT, READY_EVENT, 'shopmate', 'message'), anyDetail), { maxLength: 20 }), (events) => {
        document.documentElement.innerHTML = '<head></head><body></body>';
        const onResponse = vi.fn();
        const abort = new AbortController();
        // The bridge stays in the document until the observer claims it: a page can reach it now.
        openBridge(document, onResponse, abort.signal);
        const lookAlike = document.createElement(BRIDGE_TAG);
        document.body.append(lookAlike);
        for (const [pick, name, detail] of events) {
          const targets = [...targetsA(), lookAlike];
          targets[pick % targets.length]!.dispatchEvent(new CustomEvent(name, { detail }));
        }
        expect(onResponse).not.toHaveBeenCalled();
        abort.abort();
      }),
      { numRuns: 300 },
    );
  });

  it('observer first: after the handshake the bridge is detached; page scripts cannot reach it, the observer can', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), anyDetail), { maxLength: 20 }), fc.webUrl({ validSchemes: ['https'] }), (events, url) => {
        document.documentElement.innerHTML = '<head></head><body></body>';
        // The observer's side of the handshake: it put the element there and keeps a reference.
        const observerSide = document.createElement(BRIDGE_TAG);
        observerSide.setAttribute('hidden', '');
        document.documentElement.append(observerSide);
        const onResponse = vi.fn();
        const abort = new AbortController();
        openBridge(document, onResponse, abort.signal);
        expect(observerSide.isConnected).toBe(false);
        expect(document.querySelectorAll(BRIDGE_TAG)).toHaveLength(0);
        for (const [pick, detail] of events) {
          const targets = targetsA();
          targets[pick % targets.length]!.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail }));
        }
        expect(onResponse).not.toHaveBeenCalled();
        observerSide.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail: `${url}\n{"ok":1}` }));
        expect(onResponse).toHaveBeenCalledTimes(1);
        expect(onResponse.mock.calls[0]![0]).toEqual({ url: new URL(url), body: '{"ok":1}' });
        abort.abort();
      }),
      { numRuns: 200 },
    );
  });
});
