import { z } from 'zod';
import { defineMessage } from '../define';
import { BusinessDateSchema } from '@/lib/model/schemas';

/** Daily checklist: extension pages → background. */
export const checklistMessages = {
  /**
   * The seller ticked or unticked a duty. Where that disagrees with the day's evidence it is
   * stored as an override, which beats evidence for that day; where it agrees, the override is
   * dropped so the duty is automatic again (an accidental manual tick undone by unticking
   * still lets a later page visit tick it). `by` says which one happened.
   */
  'checklist.setDone': defineMessage<{ by: 'manual' | 'auto' | 'open' }>()(
    'ui',
    z.object({
      date: BusinessDateSchema,
      dutyId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'dutyId must be a duty id like "shop-check"'),
      done: z.boolean(),
      /** Whose checklist (each shop has its own); absent = the current shop. */
      shopKey: z.string().min(1).max(200).optional(),
    }),
  ),
  /** A note / plan (提出方案) written by the seller. */
  'note.save': defineMessage<{ id: number }>()(
    'ui',
    z.object({
      text: z.string().trim().min(1).max(10_000),
      at: z.number().int().positive(),
      /** The shop whose checklist the note is for; absent = the current shop. */
      shopKey: z.string().min(1).max(200).optional(),
    }),
  ),
};
