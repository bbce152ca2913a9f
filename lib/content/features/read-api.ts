import { sendToBackground } from '@/lib/messaging/client';
import type { ObservedResponse } from '../bridge';
import { defineFeature } from '../feature';

/**
 * The console's own JSON responses, as the page-world observer hands them over: the text goes to
 * the background, which reads it with the platform's zod schemas — parsing and validating happen
 * off the seller's page. The same answer again is not sent.
 */
export default defineFeature({
  id: 'read-api',
  include: ({ platform, pageKind }) => platform.endpoints.length > 0 && pageKind !== 'itemEdit',
  init({ platform, pageKind, signal, shop, memory, markRead, warn }) {
    const onResponse = ({ url: responseUrl, body }: ObservedResponse) => {
      if (signal.aborted || !platform.endpoints.some((e) => e.matches(responseUrl))) return;
      const key = withoutVolatileParams(responseUrl);
      if (memory.lastBodies.get(key) === body) {
        markRead(); // read before and stored: the same answer again
        return;
      }
      if (memory.lastBodies.size > 30) memory.lastBodies.clear();
      memory.lastBodies.set(key, body);
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
            if (reply.read) markRead();
          })
          .catch(warn),
      );
    };
    return { onResponse };
  },
});

/** Cache-busting parameters consoles add to every call; the rest of the URL names the data. */
function withoutVolatileParams(url: URL): string {
  const copy = new URL(url.href);
  for (const p of ['_', 't', '_t', '_ksTS', 'token', 'timestamp', 'callback']) copy.searchParams.delete(p);
  return copy.href;
}
