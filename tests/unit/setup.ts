// Dexie runs on an in-memory IndexedDB in unit tests; the fake browser comes from WxtVitest.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The fake browser has no permissions API. Pages run as after a Chrome install, where the
 * consoles' site access is granted (the Firefox suite tests it withheld, in real Firefox).
 */
function consoleAccessGranted() {
  const noEvent = { addListener() {}, removeListener() {}, hasListener: () => false };
  // Some tests remove the API (older browsers) or replace it with their own.
  if (!fakeBrowser.permissions) return;
  Object.assign(fakeBrowser.permissions, {
    contains: async () => true,
    request: async () => true,
    onAdded: noEvent,
    onRemoved: noEvent,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  consoleAccessGranted();
});
