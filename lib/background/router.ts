import type { Browser } from 'wxt/browser';
import type { PayloadOf, ReplyOf, Result } from '@/lib/messaging/define';
import { MESSAGES, parseMessage, type Messages } from '@/lib/messaging/protocol';

type Sender = Browser.runtime.MessageSender;

export type Handlers<M> = {
  [K in keyof M]: (payload: PayloadOf<M[K]>, sender: Sender) => Promise<ReplyOf<M[K]>> | ReplyOf<M[K]>;
};

export interface RouterOptions {
  extensionId: string;
  /** Origin of this extension's own pages, e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  /** Is this URL a seller-console page our content scripts run on? */
  isConsoleUrl(url: URL): boolean;
  onRejected?(reason: string, raw: unknown): void;
}

/**
 * Turns the handler map into one onMessage listener: the sender decides the origin
 * (a console tab's content script, or one of our pages), the envelope and payload are
 * validated with zod, and only then does a handler run. Anything else gets a reason.
 */
export function createRouter(handlers: Handlers<Messages>, options: RouterOptions) {
  return async (raw: unknown, sender: Sender): Promise<Result<unknown>> => {
    const reject = (error: string): Result<unknown> => {
      options.onRejected?.(error, raw);
      return { ok: false, error };
    };
    if (sender.id !== options.extensionId) return reject('sender is not this extension');
    const origin = originOf(sender, options);
    if (!origin) return reject('sender is neither a seller-console tab nor a ShopMate page');
    const message = parseMessage(raw, origin);
    if (!message.ok) return reject(message.error);
    const handler = handlers[message.type] as (p: unknown, s: Sender) => unknown;
    try {
      return { ok: true, value: await handler(message.payload, sender) };
    } catch (error) {
      return reject(`${message.type} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function originOf(sender: Sender, options: RouterOptions): 'content' | 'ui' | undefined {
  if (!sender.url) return undefined;
  if (sender.url.startsWith(options.extensionOrigin)) return 'ui';
  if (sender.tab && URL.canParse(sender.url) && options.isConsoleUrl(new URL(sender.url))) {
    return 'content';
  }
  return undefined;
}

export const MESSAGE_TYPES = Object.keys(MESSAGES);
