import { defineFeature } from '../feature';
import { loadTitleGuard } from '../title-guard/loader';

/** Item edit pages: the title guard (its own file, loaded here only: ../title-guard/loader.ts). */
export default defineFeature({
  id: 'title-guard',
  include: ({ pageKind }) => pageKind === 'itemEdit',
  init({ ctx, platform, signal, warn }) {
    loadTitleGuard(ctx, platform, signal).catch(warn);
  },
});
