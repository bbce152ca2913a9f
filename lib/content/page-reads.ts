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
  /** The latest read of the page and its same-origin frames, taught rules applied. */
  latest(): Extraction | undefined;
  /** Calls `listener` after each read from now on, until `signal` aborts. */
  follow(listener: (read: Extraction) => void, signal: AbortSignal): void;
  /**
   * Where `doc` shows the console's shop metrics: each built-in label with the number beside it
   * (lib/extract/labels.ts traceMetricsByLabel), traced by the reader's own code.
   */
  traceShop(doc: Document): LabelTrace<ShopMetricKey>[];
  /** Said by the DOM read (./features/read-dom.ts) after each read. */
  publish(read: Extraction): void;
}

/** The reads of one page (or SPA view). */
export function pageReads(platform: PlatformAdapter): PageReads {
  let last: Extraction | undefined;
  const listeners = new Set<(read: Extraction) => void>();
  return {
    latest: () => last,
    follow(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    publish(read) {
      last = read;
      for (const listener of [...listeners]) listener(read);
    },
    traceShop: (doc) => oneWalk(() => traceMetricsByLabel(doc, builtInShopLabels(platform.id))),
  };
}
