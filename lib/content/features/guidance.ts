import { defineFeature } from '../feature';
import { loadGuidance } from '../guidance-loader';

/**
 * In-page guidance (issue 19): only where the visit's reply says there is some (the seller's
 * switches, today's hides, what history holds: lib/guidance/service.ts guidancePlanned), and only
 * once the page is idle — the console's own work comes first.
 */
export default defineFeature({
  id: 'guidance',
  include: ({ pageKind }) => pageKind !== 'itemEdit',
  init(page) {
    page.plan.then((plan) => {
      if (!plan.guidance || page.signal.aborted) return;
      page.ctx.requestIdleCallback(() => void loadGuidance().then((start) => page.signal.aborted || start(page), page.warn), { timeout: 3000 });
    }, () => undefined);
  },
});
