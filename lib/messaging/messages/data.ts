import { z } from 'zod';
import { defineMessage } from '../define';
import { MAX_PACKED_CHARS } from '@/lib/backup/limits';
import type { RestoreOutcome } from '@/lib/backup/restore';

export interface RestoreReply {
  outcome: RestoreOutcome;
  /** Settings were replaced by the file's (valid fields only). */
  settingsRestored: boolean;
  /** Settings fields in the file that were invalid and fell back to their default. */
  settingsDropped: string[];
  unknownTables: string[];
}

/** The seller's data as a whole: extension pages → background. */
export const dataMessages = {
  /** Delete every row ShopMate stored (settings are kept unless asked). */
  'data.deleteAll': defineMessage<void>()(
    'ui',
    z.object({ confirm: z.literal('DELETE'), includeSettings: z.boolean().optional() }),
  ),
  /**
   * Restore a backup file. The page sends the file's text gzipped + base64 (lib/backup/
   * transport.ts); the background unpacks it (bounded), validates every row again (the page's
   * preview is never trusted) and writes in one transaction.
   */
  'backup.restore': defineMessage<RestoreReply>()(
    'ui',
    z.object({
      packed: z.string().min(4).max(MAX_PACKED_CHARS, 'backup file too large'),
      mode: z.enum(['merge', 'replace']),
      restoreSettings: z.boolean(),
    }),
  ),
  /** The retention action: prune the raw capture log (daily aggregates are kept). */
  'data.freeSpace': defineMessage<{ deleted: number }>()(
    'ui',
    z.object({ level: z.enum(['retention', 'keepLastDay']) }),
  ),
};
