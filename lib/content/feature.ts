import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind } from '@/lib/model/consoles';
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { PagePlan } from '@/lib/messaging/messages/capture';
import type { ObservedResponse } from './bridge';
import type { PageReads } from './page-reads';
import type { ShopWatch } from './shop-watch';

/**
 * One thing the console content script does on a page, in its own file under ./features/ (as
 * refined-github keeps one feature per file): where it runs (`include`) and what it does there
 * (`init`). ./main.ts starts the included ones for each page and SPA view; ./features/index.ts
 * lists them.
 */
export interface ContentFeature {
  id: string;
  /** Pure: does it run on this page? */
  include(page: { platform: PlatformAdapter; pageKind: PageKind }): boolean;
  /** Starts it for this page; stops on `page.signal`. May take the console's observed responses. */
  init(page: FeaturePage): { onResponse?(response: ObservedResponse): void } | void;
}

/** What a feature gets for one page (or SPA view). */
export interface FeaturePage {
  ctx: ContentScriptContext;
  platform: PlatformAdapter;
  url: URL;
  pageKind: PageKind;
  /** Aborted when the seller leaves the page or the SPA view, or the extension reloads. */
  signal: AbortSignal;
  /** First view of this document (not an SPA navigation). */
  initial: boolean;
  /** Which shop the page belongs to; reads wait for it (./shop-watch.ts). */
  shop: ShopWatch;
  /** The reply to this page's visit (./visit.ts): the taught rules. Rejects if it could not be had. */
  plan: Promise<PagePlan>;
  /** What was sent in this document, shared across SPA views: the same read is not sent twice. */
  memory: ReadMemory;
  /** What the DOM reads of this page found, for features that build on them (./page-reads.ts). */
  reads: PageReads;
  /** Something was read on this page (a read sent, or the same read again). */
  markRead(): void;
  hasRead(): boolean;
  /** Logs a failure unless the page was left meanwhile. */
  warn(error: unknown): void;
}

export interface ReadMemory {
  /** Fingerprints of the DOM reads sent. */
  sent: Set<string>;
  /** Last body seen per endpoint URL (volatile parameters removed). */
  lastBodies: Map<string, string>;
}

export const defineFeature = (feature: ContentFeature): ContentFeature => feature;
