import { z } from 'zod';
import { defineMessage } from '../define';
import { BusinessDateSchema } from '@/lib/model/schemas';

/** Daily checklist: extension pages → background. */
export const checklistMessages = {
  /** The seller ticked or unticked a duty (overrides evidence for that day). */
  'checklist.setDone': defineMessage<void>()(
    'ui',
    z.object({ date: BusinessDateSchema, dutyId: z.string().min(1).max(64), done: z.boolean() }),
  ),
  /** A note / plan (提出方案) written by the seller. */
  'note.save': defineMessage<{ id: number }>()(
    'ui',
    z.object({ text: z.string().min(1).max(10_000), at: z.number().int().positive() }),
  ),
};
