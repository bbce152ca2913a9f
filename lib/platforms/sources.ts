import { readPageSources, type SourceDay } from '@/lib/extract/traffic-sources';
import type { PlatformId } from '@/lib/model/consoles';
import { platformById } from './registry';
import type { ReadContext } from './types';

/** A platform's traffic-source table headers (`PlatformAdapter.sourceColumns`, from ./<id>/sources.ts). */
export const sourceColumnsOf = (platform: PlatformId) => platformById(platform).sourceColumns;

/** The 来源构成 table on a traffic page, if this platform has one and the page shows it. */
export function readSources(platform: PlatformId, root: ParentNode, ctx: ReadContext): SourceDay | undefined {
  return readPageSources(platformById(platform).sourceColumns, root, ctx);
}

