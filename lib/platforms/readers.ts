import type { PlatformId } from '@/lib/model/consoles';
import type { EndpointReader } from './types';

/**
 * Every platform's endpoint readers (lib/platforms/<id>/readers.ts, `ENDPOINT_READERS`): zod
 * schemas mapping a console's own JSON responses to ShopMate metrics. Background only — the
 * content script hands over the response text, so zod and the schemas stay off the seller's page.
 */
const modules = import.meta.glob<readonly EndpointReader[]>('./*/readers.ts', { eager: true, import: 'ENDPOINT_READERS' });

const BY_PLATFORM = new Map<string, readonly EndpointReader[]>(
  Object.entries(modules).map(([file, readers]) => [/\.\/([^/]+)\/readers\.ts$/.exec(file)![1]!, readers]),
);

export const readersOf = (platform: PlatformId): readonly EndpointReader[] => BY_PLATFORM.get(platform) ?? [];

/** The reader for a response URL on this platform, if any. */
export const readerFor = (platform: PlatformId, url: URL): EndpointReader | undefined =>
  readersOf(platform).find((r) => r.matches(url));
