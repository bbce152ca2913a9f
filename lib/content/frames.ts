import type { Extraction } from '@/lib/platforms/types';

/**
 * Same-origin frames: 生意参谋's newer modules are micro-apps rendered in iframes of the same
 * origin, so the numbers a seller sees may live in a frame's document. The console reader reads
 * the page and each such frame as one page. Cross-origin frames are not readable (and not ours
 * to read); frames are followed two levels deep.
 */

/** The page's document and the documents of its same-origin frames, in document order. */
export function readableDocuments(doc: Document, depth = 2): Document[] {
  const out: Document[] = [doc];
  if (depth === 0) return out;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin: not readable
    }
    if (inner?.documentElement) out.push(...readableDocuments(inner, depth - 1));
  }
  return out;
}

/** The URL a frame's document shows (its own query may name the day), else the page's. */
export function urlOf(doc: Document, fallback: URL): URL {
  try {
    const href = doc.location?.href;
    return href && href !== 'about:blank' && URL.canParse(href) ? new URL(href) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Reads of the page and its frames as one read: a day's numbers from the first document that
 * shows them (the page before its frames), items once each, the first currency named.
 */
export function mergeReads(reads: readonly (Extraction | undefined)[]): Extraction | undefined {
  const present = reads.filter((r): r is Extraction => r !== undefined);
  if (present.length <= 1) return present[0];
  const days = new Map<string, Extraction['shopDays'][number]['metrics']>();
  const items = new Map<string, Extraction['items'][number]>();
  let currency: Extraction['currency'];
  for (const read of present) {
    currency ??= read.currency;
    for (const day of read.shopDays) days.set(day.date, { ...day.metrics, ...days.get(day.date) });
    for (const item of read.items) if (!items.has(item.itemId)) items.set(item.itemId, item);
  }
  return {
    ...(currency ? { currency } : {}),
    shopDays: [...days].map(([date, metrics]) => ({ date, metrics })),
    items: [...items.values()],
  };
}
