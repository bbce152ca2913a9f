import type { ChecklistRefusal } from '@/lib/background/handlers/checklist';
import type { StorageFullError } from '@/lib/db/maintenance';
import type { MessageKey, Translate } from '@/lib/i18n';

/**
 * The background answers a failed request with a string only (lib/messaging/define.ts), so a
 * reason the seller should read in their language starts with a code (`storageFull: …`, the
 * English rest is for logs). Each known code has its own sentence here: what happened and what
 * to do. Anything else is unexpected and keeps its (English) detail inside the caller's words.
 */
const FAILURES: Record<ChecklistRefusal | (typeof StorageFullError)['code'], MessageKey> = {
  storageFull: 'common.failure.storageFull',
  unknownDuty: 'checklist.failure.unknownDuty',
  futureDay: 'checklist.failure.futureDay',
};

/** What lib/messaging/client.ts throws when no worker answered. */
const NO_ANSWER = 'ShopMate background did not answer';

/** The router's prefix on a handler's failure: `<message type> failed: `. */
const ROUTER_PREFIX = /^[a-z][\w]*\.[\w.]+ failed: /i;

export function failureCode(error: unknown): string | undefined {
  const message = (error instanceof Error ? error.message : String(error)).replace(ROUTER_PREFIX, '');
  const code = /^(\w+): /.exec(message)?.[1];
  return code && Object.hasOwn(FAILURES, code) ? code : undefined;
}

/**
 * The seller's words for a failed request: a known code's own sentence, or
 * `otherwise(reason)` with the unexpected reason (router prefix removed).
 */
export function explainFailure(t: Translate, error: unknown, otherwise: (reason: string) => string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message === NO_ANSWER) return t('common.failure.noAnswer');
  const code = failureCode(error);
  if (code) return t(FAILURES[code as keyof typeof FAILURES]);
  return otherwise(message.replace(ROUTER_PREFIX, ''));
}
