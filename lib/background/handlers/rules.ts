import type { ShopMateDB } from '@/lib/db/schema';
import { deleteRule, noteApplied, rulesOfConsole, teachRule, undoTeach, updateRule, type RemovedValue } from '@/lib/db/rules-store';
import type { ruleMessages } from '@/lib/messaging/messages/rules';
import { loadSettings } from '@/lib/settings/store';
import { browser, type Browser } from 'wxt/browser';
import type { Handlers } from '../router';

/** How long a teach can be undone (the overlay's toast shows for less). */
const UNDO_MS = 10 * 60_000;

/**
 * What each recent teach took out of history, for its undo. In the browser's session storage
 * (memory only, extension contexts only): the worker may be stopped between the teach and the
 * undo — it is after 30 s idle — and a variable would forget it; a restart of the browser ends
 * the undo, as it should.
 */
type UndoEntries = Record<string, { removed?: RemovedValue; at: number }>;
const UNDO_KEY = 'rules.undo';
const undoEntries = async (): Promise<UndoEntries> => ((await browser.storage.session.get(UNDO_KEY))[UNDO_KEY] as UndoEntries | undefined) ?? {};

/** A console page speaks for its own console only. */
function assertOwnConsole(sender: Browser.runtime.MessageSender, host: string): void {
  const url = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : undefined;
  if (url?.hostname !== host) throw new Error('a page may only use the rules of its own console');
}

export const ruleHandlers = (db: ShopMateDB): Handlers<typeof ruleMessages> => {
  return {
    'overlay.context': async ({ platform, host }, sender) => {
      assertOwnConsole(sender, host);
      const settings = await loadSettings();
      return {
        rules: await rulesOfConsole(db, platform, host, true),
        language: settings.language,
        crossCheckTolerance: settings.thresholds.crossCheckTolerance,
      };
    },
    'rules.teach': async (input, sender) => {
      assertOwnConsole(sender, input.host);
      const now = Date.now();
      const { id, removed } = await teachRule(db, input, now);
      const recent = Object.fromEntries(Object.entries(await undoEntries()).filter(([, entry]) => now - entry.at <= UNDO_MS));
      recent[id] = { ...(removed ? { removed } : {}), at: now };
      await browser.storage.session.set({ [UNDO_KEY]: recent });
      return { id, removed: !!removed };
    },
    'rules.undo': async ({ id }) => {
      const { [id]: entry, ...rest } = await undoEntries();
      if (!entry || Date.now() - entry.at > UNDO_MS) throw new Error('nothing to undo');
      await browser.storage.session.set({ [UNDO_KEY]: rest });
      await undoTeach(db, id, entry.removed);
    },
    'rules.applied': ({ ids }) => noteApplied(db, ids, Date.now()),
    'rules.update': ({ id, name, enabled }) => updateRule(db, id, { ...(name !== undefined ? { name } : {}), ...(enabled !== undefined ? { enabled } : {}) }),
    'rules.delete': async ({ id }) => {
      await deleteRule(db, id);
    },
  };
};
