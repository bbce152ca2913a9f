import { browser, type Browser } from 'wxt/browser';
import type { ShopMateDB } from '@/lib/db/schema';
import { guidanceFocusItem } from '@/lib/guidance/focus';
import { hiddenTodayItem, withHidden } from '@/lib/guidance/hidden';
import { guidanceForPage } from '@/lib/guidance/service';
import { guidanceWords } from '@/lib/guidance/words';
import { resolveLocale } from '@/lib/i18n/locale';
import type { guidanceMessages } from '@/lib/messaging/messages/guidance';
import { loadSettings } from '@/lib/settings/store';
import type { Handlers } from '../router';

/** A console page asks about its own console only. */
function assertOwnConsole(sender: Browser.runtime.MessageSender, host: string): void {
  const url = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : undefined;
  if (url?.hostname !== host) throw new Error('a page may only ask about its own console');
}

type SidebarBrowser = { sidebarAction?: { open(): Promise<void> } };

export const guidanceHandlers = (db: ShopMateDB): Handlers<typeof guidanceMessages> => ({
  'guidance.forPage': async (query, sender) => {
    assertOwnConsole(sender, query.host);
    const [settings, hidden] = await Promise.all([loadSettings(), hiddenTodayItem.getValue()]);
    const guidance = await guidanceForPage(db, settings, hidden, { ...query, now: Date.now() });
    // The words too, in the seller's language: the page's file then needs no catalogue and no Intl.
    return { ...guidance, words: guidanceWords(guidance, resolveLocale(guidance.language)) };
  },
  'guidance.hideToday': async ({ host, path, today }, sender) => {
    assertOwnConsole(sender, host);
    await hiddenTodayItem.setValue(withHidden(await hiddenTodayItem.getValue(), today, host, path));
  },
  'guidance.open': async (focus, sender) => {
    // sidePanel.open() only inside the click's user gesture: called before anything is awaited.
    const windowId = sender.tab?.windowId;
    const sidebar = (browser as unknown as SidebarBrowser).sidebarAction;
    const opening =
      browser.sidePanel !== undefined && windowId !== undefined
        ? browser.sidePanel.open({ windowId })
        : sidebar
          ? sidebar.open()
          : Promise.reject(new Error('no side panel'));
    const opened = opening.then(
      () => true,
      () => false,
    );
    await guidanceFocusItem.setValue({ ...focus, at: Date.now() });
    // Where the browser refuses (Firefox's sidebar opens only from its own UI): the panel's page in a tab.
    if (!(await opened)) await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html'), ...(windowId !== undefined ? { windowId } : {}) });
  },
});
