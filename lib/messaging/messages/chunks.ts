import { z } from 'zod';
import { defineMessage } from '../define';
import { CHUNK_NAMES } from '@/lib/content/chunks';

/** Firefox: the console page's files loaded on demand (lib/content/chunks.ts). */
export const chunkMessages = {
  /** Put this file into the asking console tab's frame (Chrome/Edge import it themselves). */
  'chunk.inject': defineMessage<void>()('content', z.object({ name: z.enum(CHUNK_NAMES as [string, ...string[]]) })),
};
