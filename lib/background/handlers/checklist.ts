import type { ShopMateDB } from '@/lib/db/schema';
import type { checklistMessages } from '@/lib/messaging/messages/checklist';
import { toBusinessDate } from '@/lib/dates';
import type { Handlers } from '../router';

export const checklistHandlers = (db: ShopMateDB): Handlers<typeof checklistMessages> => ({
  'checklist.setDone': async ({ date, dutyId, done }) => {
    await db.transaction('rw', db.checklistDays, async () => {
      const day = (await db.checklistDays.get(date)) ?? { date, overrides: {} };
      day.overrides[dutyId] = { done, at: Date.now() };
      await db.checklistDays.put(day);
    });
  },
  'note.save': async ({ text, at }) => {
    const id = await db.notes.add({ text, at, date: toBusinessDate(at) });
    return { id: id as number };
  },
});

