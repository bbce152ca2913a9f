import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { tapBridge, type BridgeTap, type ObservedResponse } from './bridge';
import type { FeaturePage, ReadMemory } from './feature';
import { FEATURES } from './features';
import { pageReads } from './page-reads';
import { shopWatch } from './shop-watch';
import { sendVisit } from './visit';

export { FAIL_AFTER_MS } from './features/capture-failed';
export { REREAD_EVERY_MS } from './features/read-dom';
export { SHOP_WAIT_MS } from './shop-watch';

/**
 * The console content script (isolated world, from document_start), for one platform. On pages
 * the platform recognises it sends the visit (./visit.ts) and starts the features that run there
 * (./features/: the API and DOM reads, the "nothing read" report, the title guard); on every other page: nothing at all.
 * SPA navigation aborts them and starts them again for the new view.
 */

/** Responses handed over before a run exists (the observer starts first) wait here, bounded. */
const MAX_QUEUED = 50;

/**
 * Starts reading for the one platform whose hosts the script runs on (./console-script.ts).
 * `bridge`: the bridge to the page-world observer, when the script was loaded after opening it
 * (./console-loader.ts); otherwise it is opened here.
 */
export function startConsoleReader(ctx: ContentScriptContext, platform: PlatformAdapter, bridge?: BridgeTap): void {
  const queued: ObservedResponse[] = [];
  const memory: ReadMemory = { sent: new Set(), lastBodies: new Map() };
  let run: Run | undefined;

  // The page-world observer runs only where the console's own JSON is read (lib/platforms/observed.ts):
  // elsewhere there is no one to shake hands with, and no bridge element is left in the page.
  const tap = bridge ?? (platform.observedHosts.includes(location.hostname) ? tapBridge(document, ctx.signal) : undefined);
  tap?.listen((response) => {
    if (run) run.onResponse(response);
    else if (queued.length < MAX_QUEUED) queued.push(response);
  });

  const onPage = (event?: Event) => {
    run?.abort();
    // WXT fires this from the Navigation API's navigate event, before location changes: use its newUrl.
    const next = (event as (Event & { newUrl?: URL }) | undefined)?.newUrl;
    run = startRun(ctx, platform, new URL(next?.href ?? location.href), !event, memory);
    for (const response of queued.splice(0)) run?.onResponse(response);
  };
  onPage();
  ctx.addEventListener(window, 'wxt:locationchange', (event) => onPage(event));
}

interface Run {
  onResponse(response: ObservedResponse): void;
  abort(): void;
}

function startRun(ctx: ContentScriptContext, platform: PlatformAdapter, url: URL, initial: boolean, memory: ReadMemory): Run | undefined {
  const pageKind = platform.detectPage(url);
  if (!pageKind) return undefined; // a page of no interest: do nothing at all
  const controller = new AbortController();
  const signal = AbortSignal.any([ctx.signal, controller.signal]);
  let read = false;
  const warn = (error: unknown) => {
    if (!signal.aborted) console.warn('[ShopMate]', error);
  };
  const shop = shopWatch(ctx, signal, platform);
  const plan = sendVisit({ platform, pageKind, url, shop });
  plan.catch(warn); // said once here; features waiting for the plan go on without it
  const reads = pageReads(platform);
  const page: FeaturePage = {
    ctx,
    platform,
    url,
    pageKind,
    signal,
    initial,
    shop,
    plan,
    memory,
    reads,
    markRead: () => {
      read = true;
    },
    hasRead: () => read,
    warn,
  };
  const listeners = FEATURES.filter((f) => f.include(page)).flatMap((f) => {
    const started = f.init(page);
    return started?.onResponse ? [started.onResponse] : [];
  });
  return {
    onResponse: (response) => {
      for (const listener of listeners) listener(response);
    },
    abort: () => controller.abort(),
  };
}
