import { readTrafficSources, type SourceColumns, type SourceDay } from '@/lib/extract/traffic-sources';
import type { PlatformId } from '@/lib/model/pages';
import type { ReadContext } from './types';

/**
 * Every platform's traffic-source table headers (lib/platforms/<id>/sources.ts, `SOURCE_COLUMNS`).
 * A platform without one (Amazon: Business Reports show no source breakdown) reads no sources.
 */
const modules = import.meta.glob<SourceColumns>('./*/sources.ts', { eager: true, import: 'SOURCE_COLUMNS' });

const BY_PLATFORM = new Map<string, SourceColumns>(
  Object.entries(modules).map(([file, columns]) => [/\.\/([^/]+)\/sources\.ts$/.exec(file)![1]!, columns]),
);

export const sourceColumnsOf = (platform: PlatformId): SourceColumns | undefined => BY_PLATFORM.get(platform);

/** The 来源构成 table on a traffic page, if this platform has one and the page shows it. */
export function readSources(platform: PlatformId, root: ParentNode, ctx: ReadContext): SourceDay | undefined {
  const columns = BY_PLATFORM.get(platform);
  return columns && ctx.pageKind === 'traffic' ? readTrafficSources(root, columns, ctx.today) : undefined;
}
