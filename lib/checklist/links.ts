import type { PageKind, PlatformId } from '@/lib/model/consoles';
import type { Duty } from './duties';

/**
 * One tap to the place where a duty is done, on the seller's current platform. Each platform's
 * lib/platforms/<id>/links.ts, found by folder (not through the registry, so the popup does not
 * load extractors).
 */
const modules = import.meta.glob<Partial<Record<PageKind, string>>>('../platforms/*/links.ts', { eager: true, import: 'links' });

export const PLATFORM_LINKS = Object.fromEntries(
  Object.entries(modules).map(([file, links]) => [/\/platforms\/([^/]+)\/links\.ts$/.exec(file)![1]!, links]),
) as Record<PlatformId, Partial<Record<PageKind, string>>>;

/** The duty's console page on this platform: its own link kind first, then any page that ticks it. */
export function dutyLink(duty: Duty, platform: PlatformId): { url: string; pageKind: PageKind } | undefined {
  const links = PLATFORM_LINKS[platform];
  for (const pageKind of [...(duty.link ? [duty.link] : []), ...duty.pageKinds]) {
    const url = links[pageKind];
    if (url) return { url, pageKind };
  }
  return undefined;
}

/**
 * The seller's current platform: the one chosen in the popup, else the platform of the most
 * recent console visit or shop read, else Taobao (most sellers start there).
 */
export function currentPlatform(
  chosen: PlatformId | undefined,
  seen: readonly ({ platform: PlatformId; at: number } | undefined)[],
): PlatformId {
  if (chosen) return chosen;
  let latest: { platform: PlatformId; at: number } | undefined;
  for (const s of seen) if (s && (!latest || s.at > latest.at)) latest = s;
  return latest?.platform ?? 'taobao';
}
