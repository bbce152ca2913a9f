import type { ShopMateDB } from '@/lib/db/schema';
import { deleteRule, noteApplied, rulesOfConsole, teachRule, undoTeach, updateRule, type RemovedValue } from '@/lib/db/rules-store';
import type { ruleMessages } from '@/lib/messaging/messages/rules';
import { loadSettings } from '@/lib/settings/store';
import type { Browser } from 'wxt/browser';
import type { Handlers } from '../router';

/** How long a teach can be undone (the overlay's toast shows for less). */
const UNDO_MS = 10 * 60_000;

/** A console page speaks for its own console only. */
function assertOwnConsole(sender: Browser.runtime.MessageSender, host: string): void {
  const url = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : undefined;
  if (url?.hostname !== host) throw new Error('a page may only use the rules of its own console');
}

export const ruleHandlers = (db: ShopMateDB): Handlers<typeof ruleMessages> => {
  // What each recent teach took out of history, for its undo; kept in memory only: an undo is for now.
  const undo = new Map<number, { removed?: RemovedValue; at: number }>();
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
      for (const [key, entry] of undo) if (now - entry.at > UNDO_MS) undo.delete(key);
      undo.set(id, { ...(removed ? { removed } : {}), at: now });
      return { id, removed: !!removed };
    },
    'rules.undo': async ({ id }) => {
      const entry = undo.get(id);
      if (!entry || Date.now() - entry.at > UNDO_MS) throw new Error('nothing to undo');
      undo.delete(id);
      await undoTeach(db, id, entry.removed);
    },
    'rules.applied': ({ ids }) => noteApplied(db, ids, Date.now()),
    'rules.update': ({ id, name, enabled }) => updateRule(db, id, { ...(name !== undefined ? { name } : {}), ...(enabled !== undefined ? { enabled } : {}) }),
    'rules.delete': async ({ id }) => {
      await deleteRule(db, id);
    },
  };
};
