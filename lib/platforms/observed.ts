import type { PlatformId } from '@/lib/model/pages';
import type { EndpointMatcher } from './types';

/**
 * Every platform's endpoint URL matchers (lib/platforms/<id>/endpoints.ts, `ENDPOINT_MATCHERS`),
 * collected without importing adapters or readers: the page-world observer runs on every console
 * page from document_start and must stay tiny (no zod, no extractors, no registry).
 */
const modules = import.meta.glob<readonly EndpointMatcher[]>('./*/endpoints.ts', { eager: true, import: 'ENDPOINT_MATCHERS' });

const ALL: { platform: PlatformId; matcher: EndpointMatcher }[] = Object.entries(modules).flatMap(([file, matchers]) =>
  matchers.map((matcher) => ({ platform: /\.\/([^/]+)\/endpoints\.ts$/.exec(file)![1] as PlatformId, matcher })),
);

export const OBSERVED_ENDPOINTS: readonly EndpointMatcher[] = ALL.map((e) => e.matcher);

/** Pure: is this response URL one some platform reads? */
export const isObservedEndpoint = (url: URL): boolean => ALL.some((e) => e.matcher.matches(url));

/** Pure: which platform's endpoint is this response URL? */
export const observedEndpoint = (url: URL): { platform: PlatformId; id: string } | undefined => {
  const hit = ALL.find((e) => e.matcher.matches(url));
  return hit && { platform: hit.platform, id: hit.matcher.id };
};
