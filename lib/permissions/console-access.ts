import { browser } from 'wxt/browser';
import { ALL_CONSOLE_MATCHES } from '@/lib/platforms/matches';

/**
 * Access to the seller consoles (the content scripts' match patterns). Chrome grants it at
 * install; Firefox lets the user withhold it (MV3 host permissions are opt-in there), and then
 * the content scripts silently never run — so the popup asks whether it is there and offers
 * to request it. The tiny match list, not the platform registry: the popup stays small.
 */
const CONSOLE_ORIGINS = ALL_CONSOLE_MATCHES;

export async function hasConsoleAccess(): Promise<boolean> {
  // Older browsers without the API always run the content scripts.
  if (!browser.permissions?.contains) return true;
  return browser.permissions.contains({ origins: CONSOLE_ORIGINS });
}

/** Must be called straight from a click handler: browsers only ask inside a user gesture. */
export function requestConsoleAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: CONSOLE_ORIGINS });
}

/** Calls back when the seller grants or removes site access elsewhere (about:addons, the toolbar). */
export function watchConsoleAccess(changed: () => void): () => void {
  const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved].filter((e) => e !== undefined);
  for (const event of events) event.addListener(changed);
  return () => {
    for (const event of events) event.removeListener(changed);
  };
}
