import type { MessageKey } from '@/lib/i18n';
import type { CaptureSource } from '@/lib/model/metrics';
import type { PageKind, PlatformId } from '@/lib/model/consoles';
import { addDays } from '@/lib/dates';
import { clockTime, type DayBounds } from '@/lib/day-bounds';
import type { Duty } from './duties';

/**
 * What the seller did, as the background stored it, and which duty each act ticks.
 * Evidence never leaves the machine: it is read from ShopMate's own tables.
 */
export type EvidenceEvent =
  /** A recognised console page was opened (pageVisits). */
  | { kind: 'visit'; at: number; pageKind: PageKind; platform: PlatformId; url: string }
  /** Shop metrics for `dataDate` were read or imported (shopDaily provenance). */
  | { kind: 'capture'; at: number; source: CaptureSource; dataDate: string }
  /** A campaign review was saved (campaigns.reviewedAt). */
  | { kind: 'campaignReview'; at: number; name: string }
  /** A note / plan was written (notes). */
  | { kind: 'note'; at: number }
  /** A listing title was edited (titleEdits). */
  | { kind: 'titleEdit'; at: number };

/** Does this event tick this duty on `date`? */
export function ticks(duty: Duty, event: EvidenceEvent, date: string): boolean {
  switch (event.kind) {
    case 'visit':
      return duty.pageKinds.includes(event.pageKind);
    case 'capture':
      // "today's numbers": the read must concern today or yesterday, not an old trend point.
      return duty.events.includes('capture') && (event.dataDate === date || event.dataDate === addDays(date, -1));
    default:
      return duty.events.includes(event.kind);
  }
}

/** The first act of the day that ticks the duty (the moment it was done), if any. */
export function evidenceFor(
  duty: Duty,
  events: readonly EvidenceEvent[],
  date: string,
  bounds: DayBounds,
): EvidenceEvent | undefined {
  let first: EvidenceEvent | undefined;
  for (const e of events) {
    if (e.at < bounds.start || e.at >= bounds.end) continue;
    if (!ticks(duty, e, date)) continue;
    if (!first || e.at < first.at) first = e;
  }
  return first;
}

/** A translatable sentence: `refs` are params that are themselves message keys. */
export interface ReasonText {
  key: MessageKey;
  params: Record<string, string | number>;
  refs?: Record<string, MessageKey>;
}

/** Why a duty ticked itself: "自动：14:02 打开了违规中心". */
export function reasonOf(event: EvidenceEvent, timeZone: string): ReasonText {
  const time = clockTime(event.at, timeZone);
  switch (event.kind) {
    case 'visit':
      return {
        key: 'checklist.reason.visit',
        params: { time },
        refs: { page: `checklist.page.${event.pageKind}` as MessageKey, platform: `platform.${event.platform}` as MessageKey },
      };
    case 'capture':
      return { key: event.source === 'import' ? 'checklist.reason.import' : 'checklist.reason.capture', params: { time } };
    case 'campaignReview':
      return { key: 'checklist.reason.campaignReview', params: { time, name: event.name } };
    case 'note':
      return { key: 'checklist.reason.note', params: { time } };
    case 'titleEdit':
      return { key: 'checklist.reason.titleEdit', params: { time } };
  }
}
