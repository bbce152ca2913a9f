// Dexie runs on an in-memory IndexedDB in unit tests; the fake browser comes from WxtVitest.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
