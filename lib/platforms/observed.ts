import type { PlatformId } from '@/lib/model/consoles';
import type { EndpointMatcher } from './types';

/**
 * Every platform's endpoint URL matchers (lib/platforms/<id>/endpoints.ts, `ENDPOINT_MATCHERS`),
 * collected by folder without importing adapters or readers: the page-world observer runs from
 * document_start and must stay tiny (no zod, no extractors, no registry, no page detectors).
 */
const modules = import.meta.glob<readonly EndpointMatcher[]>('./*/endpoints.ts', { eager: true, import: 'ENDPOINT_MATCHERS' });
const hostModules = import.meta.glob<readonly string[]>('./*/endpoints.ts', { eager: true, import: 'OBSERVED_HOSTS' });

const ALL: { platform: PlatformId; matcher: EndpointMatcher }[] = Object.entries(modules).flatMap(([file, matchers]) =>
  matchers.map((matcher) => ({ platform: /\.\/([^/]+)\/endpoints\.ts$/.exec(file)![1] as PlatformId, matcher })),
);

export const OBSERVED_ENDPOINTS: readonly EndpointMatcher[] = ALL.map((e) => e.matcher);

/** The console hosts whose own JSON ShopMate reads (each platform's `OBSERVED_HOSTS`). */
export const OBSERVED_HOSTS: readonly string[] = Object.values(hostModules).flatMap((hosts) => [...hosts]);

/**
 * Where the page-world observer runs: only the pages whose own calls ShopMate reads. Other console
 * pages (千牛, 体检中心, item lists read from the DOM) pay for no page-world script at all.
 */
export const OBSERVER_MATCHES: string[] = OBSERVED_HOSTS.map((host) => `https://${host}/*`);

/** Pure: is this response URL one some platform reads? */
export const isObservedEndpoint = (url: URL): boolean => ALL.some((e) => e.matcher.matches(url));

/** Pure: which platform's endpoint is this response URL? */
export const observedEndpoint = (url: URL): { platform: PlatformId; id: string } | undefined => {
  const hit = ALL.find((e) => e.matcher.matches(url));
  return hit && { platform: hit.platform, id: hit.matcher.id };
};
