import type { ShopMateDB } from '@/lib/db/schema';
import { toBusinessDate, systemTimeZone } from '@/lib/dates';
import { dayBounds } from '@/lib/day-bounds';
import { evidenceFor } from '@/lib/checklist/evidence';
import { loadCurrentShop, loadEvidence } from '@/lib/checklist/load';
import { checklistOf, withChecklist } from '@/lib/checklist/shop';
import { listDuties, visibleDuties } from '@/lib/checklist/prefs';
import { dayStates, summarize } from '@/lib/checklist/status';
import type { checklistMessages } from '@/lib/messaging/messages/checklist';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings } from '@/lib/settings/store';
import type { Handlers } from '../router';

/**
 * Why a tick was refused. Replies carry a string only, so the message starts with the code
 * (`futureDay: …`) and pages show their own words for it (components/trust/error-reason.ts);
 * the English rest is for logs.
 */
export const CHECKLIST_REFUSALS = ['unknownDuty', 'futureDay'] as const;
export type ChecklistRefusal = (typeof CHECKLIST_REFUSALS)[number];
const refuse = (code: ChecklistRefusal, detail: string) => new Error(`${code}: ${detail}`);

export interface ChecklistDeps {
  now?: () => number;
  timeZone?: () => string;
  settings?: () => Promise<Settings>;
}

export const checklistHandlers = (db: ShopMateDB, deps: ChecklistDeps = {}): Handlers<typeof checklistMessages> => {
  const now = deps.now ?? (() => Date.now());
  const timeZone = deps.timeZone ?? systemTimeZone;
  const settings = deps.settings ?? loadSettings;
  return {
    'checklist.setDone': async ({ date, dutyId, done, shopKey: asked }) => {
      const prefs = (await settings()).checklist;
      const shopKey = asked ?? (await loadCurrentShop(db, prefs.shop));
      const duty = listDuties(prefs).find((d) => d.duty.id === dutyId)?.duty;
      if (!duty) throw refuse('unknownDuty', `unknown duty "${dutyId}": it is not on the checklist (was it deleted in settings?)`);
      const zone = timeZone();
      const at = now();
      const today = toBusinessDate(at, zone);
      if (date > today) throw refuse('futureDay', `cannot tick ${date}: that day has not started yet`);
      let by: 'manual' | 'auto' | 'open' = 'manual';
      await db.transaction('rw', [db.checklistDays, db.pageVisits, db.shopDaily, db.campaigns, db.notes, db.titleEdits], async () => {
        const bounds = dayBounds(date, zone);
        const events = await loadEvidence(db, date, date, zone, shopKey);
        // Store an override only where the seller disagrees with what evidence alone says.
        const evidenceDone = evidenceFor(duty, events, date, bounds) !== undefined;
        const row = (await db.checklistDays.get(date)) ?? { date };
        const list = checklistOf(row, shopKey);
        const overrides = { ...list.overrides };
        if (done === evidenceDone) {
          delete overrides[dutyId];
          by = done ? 'auto' : 'open';
        } else {
          overrides[dutyId] = { done, at };
        }
        // A finished day's frozen summary follows the seller's correction.
        const summary =
          date < today && list.summary
            ? summarize(dayStates(visibleDuties(prefs), events, overrides, date, bounds))
            : list.summary;
        await db.checklistDays.put(withChecklist(row, shopKey, { overrides, ...(summary ? { summary } : {}) }));
      });
      return { by };
    },
    'note.save': async ({ text, at, shopKey: asked }) => {
      const shopKey = asked ?? (await loadCurrentShop(db, (await settings()).checklist.shop));
      const id = await db.notes.add({ text, at, date: toBusinessDate(at), ...(shopKey ? { shopKey } : {}) });
      return { id: id as number };
    },
  };
};
