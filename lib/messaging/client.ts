import { browser } from 'wxt/browser';
import { CHANNEL, type Result } from './define';
import type { MessageType, Payload, Reply } from './protocol';

export class BackgroundError extends Error {}

/** Sends a typed message to the background; throws BackgroundError with its reason on rejection. */
export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<Reply<T>> {
  const result = (await browser.runtime.sendMessage({ channel: CHANNEL, type, payload })) as
    | Result<Reply<T>>
    | undefined;
  if (!result) throw new BackgroundError('ShopMate background did not answer');
  if (!result.ok) throw new BackgroundError(result.error);
  return result.value;
}
