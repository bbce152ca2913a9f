import { z } from 'zod';
import { defineMessage } from '../define';
import {
  BusinessDateSchema,
  ExtractionSchema,
  PageKindSchema,
  PlatformIdSchema,
  ShopIdentitySchema,
} from '@/lib/model/schemas';
import type { TaughtRule } from '@/lib/rules/schema';

/** Same limit as the page-world hand-over (lib/content/bridge.ts MAX_BODY_CHARS). */
export const MAX_OBSERVED_BODY = 4_000_000;

const PageRef = {
  platform: PlatformIdSchema,
  pageKind: PageKindSchema,
  url: z.url({ protocol: /^https$/ }).max(4096),
  /** The shop the page's header names; absent when it names none (lib/content/shop-watch.ts holds reads a while first). */
  shop: ShopIdentitySchema.optional(),
};

/**
 * What a console page is told in reply to its visit: everything it needs from the background for
 * that page view, in one answer (a message per page view is page cost, issue 15).
 */
export interface PagePlan {
  /** The enabled rules the seller taught for this console (issue 12); almost always none. */
  taught: TaughtRule[];
  /** In-page guidance may have something to show here (issue 19): only then is its file loaded (lib/content/features/guidance.ts). */
  guidance?: true;
}

/** Console reading: content script → background. */
export const captureMessages = {
  /** Metrics read from a console page (its JSON responses or its DOM). */
  capture: defineMessage<{ shopKey: string; stored: { shopDays: number; items: number } }>()(
    'content',
    z.object({
      ...PageRef,
      source: z.enum(['api', 'dom']),
      capturedAt: z.number().int().positive(),
      extraction: ExtractionSchema,
      /** When the page says its real-time numbers were updated (lib/content/console-time.ts). */
      consoleUpdatedAt: z.number().int().positive().optional(),
    }),
  ),
  /**
   * A copy of one of the console's own JSON responses, observed in the page world (never
   * requested by ShopMate). The background reads it with the platform's zod schemas
   * (lib/platforms/<id>/readers.ts) and stores what it knows; the reply says how much.
   */
  observedResponse: defineMessage<{ read: boolean; stored: { shopDays: number; items: number } }>()(
    'content',
    z.object({
      ...PageRef,
      responseUrl: z.url({ protocol: /^https$/ }).max(4096),
      body: z.string().max(MAX_OBSERVED_BODY),
      at: z.number().int().positive(),
    }),
  ),
  /** A recognised page was opened: evidence for the daily checklist. The reply is the page's plan. */
  pageVisit: defineMessage<PagePlan>()(
    'content',
    z.object({ ...PageRef, at: z.number().int().positive(), date: BusinessDateSchema }),
  ),
  /** A recognised page could not be read: shown to the seller in the side panel. */
  captureFailed: defineMessage<void>()(
    'content',
    z.object({ ...PageRef, at: z.number().int().positive(), reason: z.string().max(500) }),
  ),
  /** Rows imported from a console's exported report (parsed and validated in the options page). */
  importReport: defineMessage<{ shopKey: string; stored: { shopDays: number; items: number } }>()(
    'ui',
    z.object({
      platform: PlatformIdSchema,
      fileName: z.string().max(300),
      importedAt: z.number().int().positive(),
      extraction: ExtractionSchema,
    }),
  ),
};
