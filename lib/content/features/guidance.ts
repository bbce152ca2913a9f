import { defineFeature } from '../feature';
import { loadChunk } from '../chunks';

/**
 * In-page guidance (issue 19): only where the visit's reply says there is some (the seller's
 * switches, today's hides, what history holds: lib/guidance/service.ts guidancePlanned), and only
 * once the page is idle — the console's own work comes first. The layer is its own file
 * (entrypoints/guidance.ts), loaded as the overlay's is (../chunks.ts).
 */
export default defineFeature({
  id: 'guidance',
  include: ({ pageKind }) => pageKind !== 'itemEdit',
  init(page) {
    page.plan.then((plan) => {
      if (!plan.guidance || page.signal.aborted) return;
      page.ctx.requestIdleCallback(() => void loadChunk('guidance').then((start) => page.signal.aborted || start(page), page.warn), { timeout: 3000 });
    }, () => undefined);
  },
});
