import { z } from 'zod';
import { CHANNEL, type PayloadOf, type ReplyOf, type Result } from './define';
import { captureMessages } from './messages/capture';
import { checklistMessages } from './messages/checklist';
import { titleMessages } from './messages/title';
import { analysisMessages } from './messages/analysis';
import { dataMessages } from './messages/data';
import { shopMessages } from './messages/shops';
import { sampleMessages } from './messages/sample';
import { ruleMessages } from './messages/rules';
import { chunkMessages } from './messages/chunks';
import { guidanceMessages } from './messages/guidance';

/**
 * The one message contract between content scripts, extension pages and the background.
 * Each domain declares its messages in ./messages/<domain>.ts; this file only joins them.
 */
export const MESSAGES = {
  ...captureMessages,
  ...checklistMessages,
  ...titleMessages,
  ...analysisMessages,
  ...dataMessages,
  ...shopMessages,
  ...sampleMessages,
  ...ruleMessages,
  ...chunkMessages,
  ...guidanceMessages,
};

export type Messages = typeof MESSAGES;
export type MessageType = keyof Messages;
export type Payload<T extends MessageType> = PayloadOf<Messages[T]>;
export type Reply<T extends MessageType> = ReplyOf<Messages[T]>;

export { CHANNEL };
export const EnvelopeSchema = z.object({
  channel: z.literal(CHANNEL),
  type: z.string().max(64),
  payload: z.unknown(),
});
export type Envelope<T extends MessageType = MessageType> = {
  channel: typeof CHANNEL;
  type: T;
  payload: Payload<T>;
};

export type { Result };

/** Validates an incoming message; returns the typed message or a reason to reject it. */
export function parseMessage(
  raw: unknown,
  origin: 'content' | 'ui',
): { ok: true; type: MessageType; payload: unknown } | { ok: false; error: string } {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, error: 'not a ShopMate message' };
  const { type, payload } = envelope.data;
  if (!Object.hasOwn(MESSAGES, type)) return { ok: false, error: `unknown message type: ${type}` };
  const spec = MESSAGES[type as MessageType];
  if (spec.from !== origin) return { ok: false, error: `${type} may not be sent from ${origin}` };
  const parsed = spec.payload.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: `${type}: ${z.prettifyError(parsed.error)}` };
  }
  return { ok: true, type: type as MessageType, payload: parsed.data };
}
