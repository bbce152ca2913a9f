import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toBusinessDate } from '@/lib/dates';
import { oneWalk } from '@/lib/extract/text-nodes';
import { readPageSources, type SourceDay } from '@/lib/extract/traffic-sources';
import { sendToBackground } from '@/lib/messaging/client';
import type { Extraction, ReadContext } from '@/lib/platforms/types';
import { consoleUpdatedAt } from '../console-time';
import { defineFeature } from '../feature';
import { mergeReads, readableDocuments, urlOf } from '../frames';
import { onlyOwnChanges } from '../shadow-host';
import { taughtRules } from '../taught';

/** Quiet time after the last DOM change before reading (SPAs render in bursts). */
const DEBOUNCE_MS = 400;
/** At most one DOM read per this interval while the page keeps changing. */
const MIN_READ_INTERVAL_MS = 1500;
/** Stop watching the DOM this long after the page (or SPA view) started: it has rendered by then. */
const WATCH_MS = 30_000;
/**
 * Sellers keep a console open all day and its real-time cards tick on: after the watch, read
 * again this often while the tab is visible (unchanged reads send nothing). Not a setting: a
 * cadence of the reader, not a business threshold.
 */
export const REREAD_EVERY_MS = 5 * 60_000;

/**
 * What the page shows, read by label once it has rendered (the platform's reader,
 * lib/platforms/<id>/extract.ts), and sent when it differs from what was already sent. The page
 * and its same-origin frames (生意参谋's micro-apps) read as one page; the 来源构成 table (traffic
 * pages) from whichever of them shows it. One walk of each document's text per read, shared by
 * every reader (lib/extract/text-nodes.ts).
 */
export default defineFeature({
  id: 'read-dom',
  include: ({ platform, pageKind }) => platform.readDom !== undefined && pageKind !== 'itemEdit',
  init({ ctx, platform, pageKind, signal, initial, shop, plan, memory, reads, markRead, warn }) {
    const readDom = platform.readDom!;
    const readContext = (source: URL): ReadContext => ({ url: source, today: toBusinessDate(Date.now()), pageKind });

    const send = (extraction: Extraction | undefined) => {
      if (signal.aborted || !extraction || isEmpty(extraction)) return;
      markRead();
      const fingerprint = `${platform.id}|dom|${JSON.stringify(extraction)}`;
      if (memory.sent.has(fingerprint)) return; // the same read again: nothing new to store
      if (memory.sent.size > 200) memory.sent.clear();
      memory.sent.add(fingerprint);
      const capturedAt = Date.now();
      const href = location.href;
      // The console's own "updated at" for today's real-time numbers (shown in the popup).
      const today = toBusinessDate(capturedAt);
      const updated = extraction.shopDays.some((d) => d.date === today) ? consoleUpdatedAt(document, capturedAt) : undefined;
      const stamp = updated !== undefined ? { consoleUpdatedAt: updated } : {};
      shop.whenKnown((identity) =>
        void sendToBackground('capture', { platform: platform.id, pageKind, url: href, source: 'dom', capturedAt, extraction, ...identity, ...stamp }).catch(warn),
      );
    };

    const page = () => new URL(location.href);
    const contextOf = (doc: Document) => readContext(doc === document ? page() : urlOf(doc, page()));
    // The seller's taught rules (../taught.ts), from the visit's reply, apply after the platform's reader.
    const taught = taughtRules(plan, platform.id, warn);
    const readDoc = (doc: Document) => taught.apply(readDom(doc, contextOf(doc)), doc, contextOf(doc));
    const read = () =>
      oneWalk(() => {
        shop.check();
        const docs = readableDocuments(document);
        const sources = docs.map((doc) => readPageSources(platform.sourceColumns, doc, contextOf(doc))).find((day) => day !== undefined);
        const read = withSources(mergeReads(docs.map(readDoc)), sources);
        reads.publish(read);
        send(read);
      });
    watchDom(ctx, signal, initial, () => void taught.ready.then(read).catch(warn), warn);
  },
});

/**
 * Reads once the DOM is there (after a debounce when an SPA view just changed), then again after
 * bursts of changes (debounced, throttled), for WATCH_MS; then every REREAD_EVERY_MS while the
 * tab is visible, and once more when the seller comes back to the tab. Stops on abort.
 */
function watchDom(ctx: ContentScriptContext, signal: AbortSignal, initial: boolean, read: () => void, warn: (e: unknown) => void) {
  let timer: number | undefined;
  let lastRead = 0;
  const safeRead = () => {
    timer = undefined;
    if (signal.aborted) return;
    lastRead = Date.now();
    try {
      read();
    } catch (error) {
      warn(error);
    }
  };
  const schedule = () => {
    if (signal.aborted || timer !== undefined) return;
    const wait = Math.max(DEBOUNCE_MS, lastRead + MIN_READ_INTERVAL_MS - Date.now());
    timer = ctx.setTimeout(safeRead, wait);
  };

  const begin = () => {
    if (signal.aborted) return;
    // First read when the page is idle (it is busy rendering now); after an SPA navigation the
    // old view is still on screen, so wait for the new one like any other change.
    if (initial) ctx.requestIdleCallback(() => safeRead(), { timeout: 1000 });
    else schedule();
    const observer = new MutationObserver((records) => {
      if (onlyOwnChanges(records)) return;
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      schedule();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    // A frame's content renders after its own load (load does not bubble: caught on the way down),
    // and then changes inside it, which the page's observer does not see.
    const onFrameLoad = (event: Event) => {
      if (!(event.target instanceof HTMLIFrameElement)) return;
      schedule();
      for (const doc of readableDocuments(document).slice(1)) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    };
    document.addEventListener('load', onFrameLoad, { capture: true, signal });
    for (const doc of readableDocuments(document).slice(1)) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const stop = () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    };
    ctx.setTimeout(stop, WATCH_MS);
    signal.addEventListener('abort', stop, { once: true });
    const reread = ctx.setInterval(() => {
      if (document.visibilityState === 'visible') schedule();
    }, REREAD_EVERY_MS);
    signal.addEventListener('abort', () => clearInterval(reread), { once: true });
  };

  if (document.readyState === 'loading') {
    ctx.addEventListener(document, 'DOMContentLoaded', begin, { once: true, signal });
  } else {
    begin();
  }
  ctx.addEventListener(
    document,
    'visibilitychange',
    () => {
      if (document.visibilityState === 'visible') schedule();
    },
    { signal },
  );
}

const isEmpty = (e: Extraction) =>
  e.items.length === 0 && e.shopDays.every((d) => Object.keys(d.metrics).length === 0) && !e.sources?.length;

/** The page's 来源构成 table (traffic pages only), added to what the platform's reader found. */
function withSources(extraction: Extraction | undefined, day: SourceDay | undefined): Extraction | undefined {
  if (!day) return extraction;
  return { ...(extraction ?? { shopDays: [], items: [] }), sources: [day] };
}
