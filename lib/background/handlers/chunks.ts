import { browser } from 'wxt/browser';
import { CHUNK_FILES, type ChunkName } from '@/lib/content/chunks';
import type { chunkMessages } from '@/lib/messaging/messages/chunks';
import type { Handlers } from '../router';

/** Firefox only (the `scripting` permission is Firefox's only): a console tab's on-demand file, into that tab and frame. */
export const chunkHandlers = (): Handlers<typeof chunkMessages> => ({
  'chunk.inject': async ({ name }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('no tab to load the file into');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CHUNK_FILES[name as ChunkName]] });
  },
});
