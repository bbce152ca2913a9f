import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toBusinessDate } from '@/lib/dates';
import { readMetricsByLabel } from '@/lib/extract/labels';
import { oneWalk } from '@/lib/extract/text-nodes';
import { cnShopLabels } from '@/lib/extract/synonyms';
import { sendToBackground } from '@/lib/messaging/client';
import type { PageKind } from '@/lib/model/pages';
import { readPageSources, type SourceDay } from '@/lib/extract/traffic-sources';
import type { Extraction, PlatformAdapter, ReadContext } from '@/lib/platforms/types';
import type { ShopIdentity } from '@/lib/shops/identity';
import { openBridge, type ObservedResponse } from './bridge';
import { mergeReads, readableDocuments, urlOf } from './frames';
import { consoleUpdatedAt } from './console-time';
import { loadTitleGuard } from './title-guard-loader';

/**
 * The console content script (isolated world, from document_start). On pages ShopMate
 * recognises: record the visit (checklist evidence), read what the page shows — the console's
 * own JSON responses as the page-world observer hands them over, and the DOM by label once it
 * has rendered — and send what was read when it differs from what was already sent. On a
 * readable page where nothing could be read, say so (captureFailed). On item edit pages, start
 * the title guard. On every other page: nothing at all. SPA navigation aborts and re-runs.
 */

/** Pages where reading is expected to succeed, so "nothing read" is worth telling the seller. */
const EXPECT_READ: readonly PageKind[] = ['dashboard', 'itemList'];
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
/** A readable page with nothing read after this long gets a captureFailed. */
export const FAIL_AFTER_MS = 8000;
/**
 * Reads are held until the page's header names its shop (consoles render the header after the
 * data calls start); after this long without one they are sent without it and the background
 * gives them to the shop last identified on this console, flagged (lib/shops/identity.ts).
 */
export const SHOP_WAIT_MS = 4000;
/** Responses handed over before a run exists (the observer starts first) wait here, bounded. */
const MAX_QUEUED = 50;

/** Starts reading for the one platform whose hosts the script runs on (./console-script.ts). */
export function startConsoleReader(ctx: ContentScriptContext, platform: PlatformAdapter): void {
  const queued: ObservedResponse[] = [];
  const sent = new Set<string>();
  const lastBodies = new Map<string, string>();
  let run: Run | undefined;

  // The page-world observer runs only where the console's own JSON is read (lib/platforms/observed.ts):
  // elsewhere there is no one to shake hands with, and no bridge element is left in the page.
  if (platform.observedHosts.includes(location.hostname)) {
    openBridge(
      document,
      (response) => {
        if (run) run.onResponse(response);
        else if (queued.length < MAX_QUEUED) queued.push(response);
      },
      ctx.signal,
    );
  }

  const onPage = (event?: Event) => {
    run?.abort();
    // WXT fires this from the Navigation API's navigate event, before location changes: use its newUrl.
    const next = (event as (Event & { newUrl?: URL }) | undefined)?.newUrl;
    run = startRun(ctx, platform, new URL(next?.href ?? location.href), !event, sent, lastBodies);
    for (const response of queued.splice(0)) run?.onResponse(response);
  };
  onPage();
  ctx.addEventListener(window, 'wxt:locationchange', (event) => onPage(event));
}

interface Run {
  onResponse(response: ObservedResponse): void;
  abort(): void;
}

function startRun(
  ctx: ContentScriptContext,
  platform: PlatformAdapter,
  url: URL,
  initial: boolean,
  sent: Set<string>,
  lastBodies: Map<string, string>,
): Run | undefined {
  const pageKind = platform.detectPage(url);
  if (!pageKind) return undefined; // a page of no interest: do nothing at all
  const controller = new AbortController();
  const signal = AbortSignal.any([ctx.signal, controller.signal]);
  const warn = (error: unknown) => {
    if (!signal.aborted) console.warn('[ShopMate]', error);
  };

  const shop = shopWatch(ctx, signal, platform);
  const at = Date.now();
  shop.whenKnown((identity) =>
    void sendToBackground('pageVisit', { platform: platform.id, pageKind, url: url.href, at, date: toBusinessDate(at), ...identity }).catch(warn),
  );

  if (pageKind === 'itemEdit') {
    loadTitleGuard(ctx, platform, signal).catch(warn);
    return { onResponse: () => {}, abort: () => controller.abort() };
  }

  let readSomething = false;
  const readContext = (source: URL): ReadContext => ({ url: source, today: toBusinessDate(Date.now()), pageKind });

  const send = (source: 'api' | 'dom', extraction: Extraction | undefined) => {
    if (signal.aborted || !extraction || isEmpty(extraction)) return;
    readSomething = true;
    const fingerprint = `${platform.id}|${source}|${JSON.stringify(extraction)}`;
    if (sent.has(fingerprint)) return; // the same read again: nothing new to store
    if (sent.size > 200) sent.clear();
    sent.add(fingerprint);
    const capturedAt = Date.now();
    const href = location.href;
    // The console's own "updated at" for today's real-time numbers (shown in the popup).
    const today = toBusinessDate(capturedAt);
    const updated = source === 'dom' && extraction.shopDays.some((d) => d.date === today) ? consoleUpdatedAt(document, capturedAt) : undefined;
    const stamp = updated !== undefined ? { consoleUpdatedAt: updated } : {};
    shop.whenKnown((identity) =>
      void sendToBackground('capture', { platform: platform.id, pageKind, url: href, source, capturedAt, extraction, ...identity, ...stamp }).catch(warn),
    );
  };

  // The response text goes to the background, which reads it with the platform's zod schemas:
  // parsing and validating happen off the seller's page.
  const onResponse = ({ url: responseUrl, body }: ObservedResponse) => {
    if (signal.aborted || !platform.endpoints.some((e) => e.matches(responseUrl))) return;
    const key = withoutVolatileParams(responseUrl);
    if (lastBodies.get(key) === body) {
      readSomething = true; // read before and stored: the same answer again
      return;
    }
    if (lastBodies.size > 30) lastBodies.clear();
    lastBodies.set(key, body);
    const observedAt = Date.now();
    const href = location.href;
    shop.whenKnown((identity) =>
      void sendToBackground('observedResponse', {
        platform: platform.id,
        pageKind,
        url: href,
        responseUrl: responseUrl.href,
        body,
        at: observedAt,
        ...identity,
      })
        .then((reply) => {
          if (reply.read) readSomething = true;
        })
        .catch(warn),
    );
  };

  if (platform.readDom) {
    const readDom = platform.readDom;
    const page = () => new URL(location.href);
    const contextOf = (doc: Document) => readContext(doc === document ? page() : urlOf(doc, page()));
    // The page and its same-origin frames (生意参谋's micro-apps) read as one page; the 来源构成
    // table (traffic pages) from whichever of them shows it. One walk of each document's text per
    // read, shared by every reader (lib/extract/text-nodes.ts).
    const read = () =>
      oneWalk(() => {
        shop.check();
        const docs = readableDocuments(document);
        const sources = docs.map((doc) => readPageSources(platform.sourceColumns, doc, contextOf(doc))).find((day) => day !== undefined);
        send('dom', withSources(mergeReads(docs.map((doc) => readDom(doc, contextOf(doc)))), sources));
      });
    watchDom(ctx, signal, initial, read, warn);
  }

  if (EXPECT_READ.includes(pageKind)) {
    ctx.setTimeout(() => {
      if (signal.aborted || readSomething) return;
      const now = Date.now();
      void sendToBackground('captureFailed', {
        platform: platform.id,
        pageKind,
        url: location.href,
        at: now,
        reason: diagnose(platform),
        ...shop.identity(),
      }).catch(warn);
    }, FAIL_AFTER_MS);
  }

  return { onResponse, abort: () => controller.abort() };
}

interface ShopWatch {
  /** Runs `send` with the shop once the header names it, or without one after SHOP_WAIT_MS. */
  whenKnown(send: (identity: { shop?: ShopIdentity }) => void): void;
  /** Looks at the header again (after the DOM changed). */
  check(): void;
  /** What is known now (for messages that do not wait). */
  identity(): { shop?: ShopIdentity };
}

/**
 * Which shop this page belongs to: read from the header (lib/platforms/<id>/shop.ts) as soon as
 * it renders; reads wait for it, bounded by SHOP_WAIT_MS. The header is checked when the page
 * is read and at each DOM burst; a few querySelectorAll calls.
 */
function shopWatch(ctx: ContentScriptContext, signal: AbortSignal, platform: PlatformAdapter): ShopWatch {
  let known: ShopIdentity | undefined;
  let waiting = !!platform.readShop;
  const held: ((identity: { shop?: ShopIdentity }) => void)[] = [];
  const identity = () => (known ? { shop: known } : {});
  const release = () => {
    waiting = false;
    for (const send of held.splice(0)) if (!signal.aborted) send(identity());
  };
  const check = () => {
    if (known || !platform.readShop || !document.documentElement) return;
    known = platform.readShop(document);
    if (known) release();
  };
  if (waiting) {
    ctx.setTimeout(release, SHOP_WAIT_MS);
    const observer = new MutationObserver(check);
    const start = () => {
      check();
      if (!known && !signal.aborted) observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    };
    if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true, signal });
    else start();
    const stop = () => observer.disconnect();
    signal.addEventListener('abort', stop, { once: true });
    ctx.setTimeout(stop, SHOP_WAIT_MS);
  }
  return {
    whenKnown: (send) => {
      check();
      if (waiting && !known) held.push(send);
      else send(identity());
    },
    check,
    identity,
  };
}

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
    const observer = new MutationObserver(() => {
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

/** Cache-busting parameters consoles add to every call; the rest of the URL names the data. */
function withoutVolatileParams(url: URL): string {
  const copy = new URL(url.href);
  for (const p of ['_', 't', '_t', '_ksTS', 'token', 'timestamp', 'callback']) copy.searchParams.delete(p);
  return copy.href;
}

const isEmpty = (e: Extraction) =>
  e.items.length === 0 && e.shopDays.every((d) => Object.keys(d.metrics).length === 0) && !e.sources?.length;

/** The page's 来源构成 table (traffic pages only), added to what the platform's reader found. */
function withSources(extraction: Extraction | undefined, day: SourceDay | undefined): Extraction | undefined {
  if (!day) return extraction;
  return { ...(extraction ?? { shopDays: [], items: [] }), sources: [day] };
}

/** Why nothing could be read, in words the side panel turns into advice. */
function diagnose(platform: PlatformAdapter): string {
  const { labelled } = readMetricsByLabel(document, cnShopLabels());
  if (labelled.length) return `unreadable-values: ${platform.id} ${labelled.join(', ')}`.slice(0, 500);
  return `no-metrics: ${platform.id}`;
}
