import GUIDANCE_CSS from '@/components/guidance/guidance.css?inline';
import { startGuidanceLayer } from '@/components/guidance/layer';
import type { FeaturePage } from '@/lib/content/feature';
import type { Extraction } from '@/lib/platforms/types';
import { mountShadowHost } from '@/lib/content/shadow-host';
import { toBusinessDate } from '@/lib/dates';
import { sendToBackground } from '@/lib/messaging/client';
import { guidanceKindOf } from './types';
import type { ShownGuidance } from './words';

/** How long an item list may take to render its rows before the layer gives up (SPAs render late). */
const RENDER_WAIT_MS = 15_000;
/** Items asked about at most (an item list may show thousands). */
const MAX_ITEMS = 500;

/**
 * The guidance file's entry (issue 19): for one page view, waits for the page to show what the
 * hints are about (an item list's rows), asks the background once for the page's hints
 * (guidance.forPage) and draws them in a layer of its own: a zero-size host at the top of the
 * document with a shadow root, hints absolutely placed over the page — nothing of the page moves.
 */
export function startGuidance(page: FeaturePage): void {
  const kind = guidanceKindOf(page.pageKind);
  if (!kind) return;
  // Items: the ids the page lists. Metrics: the page's numbers are placed from its first read (./anchors.ts).
  const ready = kind === 'items' ? whenListed(page) : kind === 'metrics' ? firstRead(page) : Promise.resolve<string[]>([]);
  void ready
    .then(async (itemIds) => {
      if (page.signal.aborted || (kind === 'items' && !itemIds.length)) return;
      const guidance = await sendToBackground('guidance.forPage', {
        platform: page.platform.id,
        pageKind: page.pageKind,
        host: location.hostname,
        path: location.pathname,
        today: toBusinessDate(Date.now()),
        itemIds,
        ...page.shop.identity(),
      });
      if (page.signal.aborted || !guidance.kind) return;
      if (!guidance.metrics.length && !guidance.items.length && !guidance.campaigns.length) return;
      mount(page, guidance);
    })
    .catch(page.warn);
}

/** Once the page has been read (or after RENDER_WAIT_MS): nothing to ask for, the read is what the layer places by. */
function firstRead(page: FeaturePage): Promise<string[]> {
  return new Promise((resolve) => {
    const giveUp = window.setTimeout(() => resolve([]), RENDER_WAIT_MS);
    void page.reads.whenRead(page.signal).then(() => (window.clearTimeout(giveUp), resolve([])));
  });
}

/**
 * The item ids the page lists, from the reader's reads of it (lib/content/page-reads.ts): the
 * latest if it lists some, else the first later one that does ([] after RENDER_WAIT_MS).
 */
function whenListed(page: FeaturePage): Promise<string[]> {
  const idsOf = (read: Extraction | undefined) => [...new Set((read?.items ?? []).map((i) => i.itemId))].slice(0, MAX_ITEMS);
  const now = idsOf(page.reads.latest());
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = new AbortController();
    const done = (ids: string[]) => {
      stop.abort();
      window.clearTimeout(giveUp);
      resolve(ids);
    };
    page.reads.follow((read) => {
      const ids = idsOf(read);
      if (ids.length) done(ids);
    }, AbortSignal.any([page.signal, stop.signal]));
    const giveUp = window.setTimeout(() => done([]), RENDER_WAIT_MS);
    page.signal.addEventListener('abort', () => done([]), { once: true });
  });
}

function mount(page: FeaturePage, guidance: ShownGuidance): void {
  // Below the reading overlay's layer (lib/overlay/start.ts).
  const { host, mount, remove } = mountShadowHost('shopmate-guidance', GUIDANCE_CSS, 2147483645);
  const layer = startGuidanceLayer({ platform: page.platform, pageKind: page.pageKind, guidance, reader: page.reads, host, mount, onHidden: () => (layer.stop(), remove()) });
  page.signal.addEventListener('abort', () => (layer.stop(), remove()), { once: true });
}
