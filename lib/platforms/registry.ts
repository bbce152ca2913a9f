import type { PageKind, PlatformId } from '@/lib/model/pages';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { MessageKey } from '@/lib/i18n';
import type { Currency, PlatformAdapter } from './types';
import { taobao } from './taobao';
import { pinduoduo } from './pinduoduo';
import { jd } from './jd';
import { douyin } from './douyin';
import { amazon } from './amazon';

/** Adding a platform: one folder under lib/platforms/ and one line here. */
export const PLATFORMS: readonly PlatformAdapter[] = [taobao, pinduoduo, jd, douyin, amazon];

export const platformById = (id: PlatformId): PlatformAdapter =>
  PLATFORMS.find((p) => p.id === id)!;

/** The console a URL belongs to, by the seller's name for it (i18n key); undefined off the consoles. */
export function consoleNameOf(url: URL): MessageKey | undefined {
  return PLATFORMS.find((p) => Object.hasOwn(p.consoles, url.hostname))?.consoles[url.hostname];
}

/** The currency a platform's console prints at this URL (Amazon: per marketplace). */
export const currencyAt = (platform: PlatformAdapter, url: URL): Currency => platform.currencyOf?.(url) ?? platform.currency;

/** Every console match pattern: the content scripts run here and nowhere else. */
export const CONSOLE_MATCHES: string[] = PLATFORMS.flatMap((p) => [...p.matches]);

const COMPILED = PLATFORMS.map((platform) => ({
  platform,
  patterns: platform.matches.map((m) => new MatchPattern(m)),
}));

/** Pure: which platform and page kind is this URL? undefined = not a page ShopMate reads. */
export function detect(
  url: URL,
): { platform: PlatformAdapter; pageKind: PageKind | undefined } | undefined {
  // A string, not the URL: the library tests `instanceof Location`, absent in service workers.
  const platform = COMPILED.find(({ patterns }) => patterns.some((p) => p.includes(url.href)))?.platform;
  if (!platform) return undefined;
  return { platform, pageKind: platform.detectPage(url) };
}

