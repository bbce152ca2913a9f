import { PLATFORM_IDS, type PageKind, type PlatformId } from '@/lib/model/consoles';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { MessageKey } from '@/lib/i18n';
import type { Currency, PlatformAdapter } from './types';

/**
 * The platforms: each is its folder here (lib/platforms/<id>/index.ts exports its adapter), in the
 * order of the one list of platform ids, PLATFORM_IDS (lib/model/consoles.ts, light enough for the
 * zod contract and the popup). Adding a platform: its folder and its id there; nothing else
 * (tests/unit/platforms/registry.test.ts checks both ways).
 */
const modules = import.meta.glob<Record<string, unknown>>('./*/index.ts', { eager: true });

export const PLATFORMS: readonly PlatformAdapter[] = PLATFORM_IDS.map((id) => {
  const adapter = Object.values(modules[`./${id}/index.ts`] ?? {}).find((v) => (v as Partial<PlatformAdapter> | undefined)?.id === id);
  if (!adapter) throw new Error(`lib/platforms/${id}/index.ts exports no adapter with id '${id}'`);
  return adapter as PlatformAdapter;
});

/** Platform folders present (for the registry test: every folder is a listed platform). */
export const PLATFORM_FOLDERS: readonly string[] = Object.keys(modules).map((file) => /^\.\/([^/]+)\//.exec(file)![1]!);

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

