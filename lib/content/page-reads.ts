import { traceMetricsByLabel, type LabelTrace } from '@/lib/extract/labels';
import { oneWalk } from '@/lib/extract/text-nodes';
import type { ShopMetricKey } from '@/lib/model/catalogue';
import type { Extraction, PlatformAdapter } from '@/lib/platforms/types';
import { builtInShopLabels } from '@/lib/rules/labels';

/**
 * What the page's DOM reads found (./features/read-dom.ts), for the features that build on them
 * (in-page guidance: which items the page lists, where each metric's number stands). They take it
 * from here instead of reading the page a second time with a second copy of the reader: the
 * reader's code is already compiled and its label lookups built (page cost, issue 19 item 5).
 */
export interface PageReads {
  /** The latest read of the page and its same-origin frames, taught rules applied (undefined: it found nothing, or none yet). */
  latest(): Extraction | undefined;
  /** Calls `listener` after each read from now on, until `signal` aborts. */
  follow(listener: (read: Extraction | undefined) => void, signal: AbortSignal): void;
  /** The first read's result, once the page has been read (at once if it has). Never settles if `signal` aborts first. */
  whenRead(signal: AbortSignal): Promise<Extraction | undefined>;
  /**
   * Where `doc` shows the console's shop metrics: each built-in label with the number beside it
   * (lib/extract/labels.ts traceMetricsByLabel), traced by the reader's own code.
   */
  traceShop(doc: Document): LabelTrace<ShopMetricKey>[];
  /** Said by the DOM read (./features/read-dom.ts) after each read, also one that found nothing. */
  publish(read: Extraction | undefined): void;
}

/** The reads of one page (or SPA view). */
export function pageReads(platform: PlatformAdapter): PageReads {
  let last: Extraction | undefined;
  let read = false;
  const listeners = new Set<(read: Extraction | undefined) => void>();
  const follow: PageReads['follow'] = (listener, signal) => {
    if (signal.aborted) return;
    listeners.add(listener);
    signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
  };
  return {
    latest: () => last,
    follow,
    whenRead: (signal) =>
      read
        ? Promise.resolve(last)
        : new Promise((resolve) => {
            const stop = new AbortController();
            follow((first) => (stop.abort(), resolve(first)), AbortSignal.any([signal, stop.signal]));
          }),
    publish(extraction) {
      last = extraction;
      read = true;
      for (const listener of [...listeners]) listener(extraction);
    },
    traceShop: (doc) => oneWalk(() => traceMetricsByLabel(doc, builtInShopLabels(platform.id))),
  };
}
