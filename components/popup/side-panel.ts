import { browser } from 'wxt/browser';

/**
 * Opening the side panel must happen inside the click's user gesture: Chrome refuses
 * sidePanel.open() after an await. So the window id is fetched when the page opens and the
 * call below is made synchronously from the click handler. Firefox has a sidebar instead.
 */

let windowId: number | undefined;
export function prefetchWindowId(): void {
  void browser.windows
    ?.getCurrent()
    .then((w) => {
      windowId = w.id;
    })
    .catch(() => undefined);
}

type FirefoxSidebar = { sidebarAction?: { open(): Promise<void> } };

/** Call straight from a click handler. Resolves when open; rejects with the browser's reason. */
export function openSidePanel(): Promise<void> {
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (browser.sidePanel?.open && windowId !== undefined) return browser.sidePanel.open({ windowId });
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error(browser.sidePanel ? 'window not known yet' : 'no side panel in this browser'));
}
