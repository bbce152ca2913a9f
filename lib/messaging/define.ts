import type { z } from 'zod';

/** Who may send a message: a content script on a seller console, or an extension page. */
export type MessageOrigin = 'content' | 'ui';

export interface MessageSpec<S extends z.ZodType = z.ZodType, R = unknown> {
  from: MessageOrigin;
  payload: S;
  /** Type-level only: what the background answers. */
  reply?: R;
}

/**
 * Declares one message of the contract. Curried so the reply type is explicit while the
 * payload type is inferred from its zod schema:
 *   defineMessage<{ stored: number }>()('content', z.object({ ... }))
 */
export const defineMessage =
  <R = void>() =>
  <S extends z.ZodType>(from: MessageOrigin, payload: S): MessageSpec<S, R> => ({ from, payload });

export type PayloadOf<M> = M extends MessageSpec<infer S, unknown> ? z.infer<S> : never;
export type ReplyOf<M> = M extends MessageSpec<z.ZodType, infer R> ? R : never;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Every message travels in an envelope on this channel; anything else is not ours. */
export const CHANNEL = 'shopmate/v1';
