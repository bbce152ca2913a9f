import type { MessageKey } from '@/lib/i18n';
import type { PageKind } from '@/lib/model/consoles';

/**
 * The daily duties of docs/domain.md#daily-checklist (seed 001 §一, in its order) plus the customer-service
 * follow-ups of seed 003 §5, and what the extension can observe for each.
 *
 * Why the follow-ups are an eleventh duty and not folded into one of the ten: they are daily
 * work of their own ("从顾客拍下的那一刻就要开始工作了"), none of the ten covers orders or
 * logistics, and they have their own evidence (the orders / customer-service pages). Their four
 * parts are listed as steps under the duty instead of four more checkboxes, so the morning list
 * stays short; a seller who leaves service to a team hides it and gets the ten of seed 001.
 */

/** Things the seller does that are not a page visit. */
export const EVENT_KINDS = ['capture', 'campaignReview', 'note', 'titleEdit'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Where the work is done when it is not on a console page but inside ShopMate itself. */
export type DutyAction = 'campaignReview' | 'note';

export type Text = { key: MessageKey } | { text: string };

export interface Duty {
  id: string;
  builtIn: boolean;
  name: Text;
  hint: Text;
  /** Sub-points shown under the duty (the service follow-ups). */
  steps: MessageKey[];
  /** Opening one of these console pages ticks the duty. */
  pageKinds: readonly PageKind[];
  /** These events tick it too. */
  events: readonly EventKind[];
  /** The console page its one-tap link opens. */
  link?: PageKind;
  /** …or the ShopMate place where it is done. */
  action?: DutyAction;
}

const builtIn = (
  id: string,
  evidence: { pageKinds?: PageKind[]; events?: EventKind[]; link?: PageKind; action?: DutyAction; steps?: MessageKey[] },
): Duty => ({
  id,
  builtIn: true,
  name: { key: `checklist.duty.${id}.name` as MessageKey },
  hint: { key: `checklist.duty.${id}.hint` as MessageKey },
  steps: evidence.steps ?? [],
  pageKinds: evidence.pageKinds ?? [],
  events: evidence.events ?? [],
  link: evidence.link,
  action: evidence.action,
});

export const DEFAULT_DUTIES: readonly Duty[] = [
  builtIn('shop-check', { pageKinds: ['complaints'], link: 'complaints' }),
  builtIn('campaigns', { pageKinds: ['campaigns'], link: 'campaigns' }),
  // "today's numbers captured": a read (or an imported report) of today's or yesterday's metrics.
  builtIn('daily-report', { events: ['capture'], link: 'dashboard' }),
  // Decoration, and the item detail content the seller checks in the item editor.
  builtIn('store-pages', { pageKinds: ['decoration', 'itemEdit'], link: 'decoration' }),
  builtIn('inventory', { pageKinds: ['itemList'], link: 'itemList' }),
  builtIn('ads', { pageKinds: ['ads'], link: 'ads' }),
  // Reviews page, or a title optimised today (优化宝贝的标题).
  builtIn('fundamentals', { pageKinds: ['reviews'], events: ['titleEdit'], link: 'reviews' }),
  builtIn('campaign-review', { events: ['campaignReview'], action: 'campaignReview' }),
  builtIn('rules', { pageKinds: ['rules'], link: 'rules' }),
  builtIn('proposal', { events: ['note'], action: 'note' }),
  builtIn('service', {
    pageKinds: ['orders', 'service'],
    link: 'orders',
    steps: [
      'checklist.duty.service.step.messages',
      'checklist.duty.service.step.ship',
      'checklist.duty.service.step.logistics',
      'checklist.duty.service.step.reviews',
    ],
  }),
];

export const DEFAULT_DUTY_IDS = DEFAULT_DUTIES.map((d) => d.id);

export const isBuiltInId = (id: string) => DEFAULT_DUTY_IDS.includes(id);
