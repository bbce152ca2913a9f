import { z } from 'zod';
import { defineMessage } from '../define';

/** The 示例店铺: extension pages → background (the only database writer). */
export const sampleMessages = {
  /** Load (or reload, dated today) the sample shop. */
  'sample.load': defineMessage<{ days: number; items: number }>()('ui', z.strictObject({})),
  /** Remove every row of the sample shop. */
  'sample.remove': defineMessage<void>()('ui', z.strictObject({})),
};
