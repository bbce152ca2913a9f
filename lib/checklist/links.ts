import type { PageKind, PlatformId } from '@/lib/model/pages';
import { links as amazon } from '@/lib/platforms/amazon/links';
import { links as douyin } from '@/lib/platforms/douyin/links';
import { links as jd } from '@/lib/platforms/jd/links';
import { links as pinduoduo } from '@/lib/platforms/pinduoduo/links';
import { links as taobao } from '@/lib/platforms/taobao/links';
import type { Duty } from './duties';

/**
 * One tap to the place where a duty is done, on the seller's current platform. The links
 * modules are imported directly (not the registry) so the popup does not load extractors.
 */
export const PLATFORM_LINKS: Record<PlatformId, Partial<Record<PageKind, string>>> = {
  taobao,
  pinduoduo,
  jd,
  douyin,
  amazon,
};

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
