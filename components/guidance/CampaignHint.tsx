import type { ReactNode } from 'react';
import type { Tip } from '@/lib/analysis/tips';
import type { Locale, Translate } from '@/lib/i18n';
import type { Currency } from '@/lib/model/currency';
import { tipText } from '@/lib/guidance/describe';
import type { GuidanceFocus } from '@/lib/guidance/focus';
import type { Placed } from './GuidanceApp';

interface Args {
  /** The ended, unreviewed campaigns (campaignUnreviewed tips), most urgent first. */
  campaigns: readonly Tip[];
  /** Where the chip was placed beside the page's heading (GuidanceApp's `place`). */
  spot: Pick<Placed, 'left' | 'top' | 'shown'>;
  t: Translate;
  locale: Locale;
  currency: Currency;
  open(focus: Omit<GuidanceFocus, 'at' | 'shopKey'>): void;
  /** The layer's common actions (hide on this page today), with the hint's own link first. */
  actions(extra: ReactNode): ReactNode;
}

/** The chip's words for these campaigns, fullest first (GuidanceApp shows the first that fits). */
export function campaignChipForms(campaigns: readonly Tip[], t: Translate): string[] {
  const text = campaigns.length === 1 ? t('guide.campaign.chipOne', { name: String(campaigns[0]!.params.name) }) : t('guide.campaign.chipMany', { count: campaigns.length });
  return [text, t('guide.campaign.short'), '!'];
}

/**
 * The campaign review prompt on a campaign page (issue 19 item 3): one chip beside the page's
 * heading naming the ended campaigns ShopMate knows of that have no review yet; it opens the
 * list, each with its tip (ended when, how long ago) and a link to its 活动复盘 in the side panel.
 */
export function campaignHint({ campaigns, spot, t, locale, currency, open, actions }: Args): Placed {
  const [text] = campaignChipForms(campaigns, t);
  return {
    ...spot,
    id: 'campaigns',
    text: text!,
    label: t('guide.campaign.chipLabel', { text: text! }),
    warn: true,
    data: { 'data-guide': 'campaign', 'data-campaigns': campaigns.map((c) => String(c.params.name)).join('|') },
    body: (
      <>
        <ul className="sg-marks">
          {campaigns.map((c) => (
            <li key={c.id} data-campaign={String(c.params.name)}>
              {tipText(c, t, locale, currency).title}{' '}
              <button type="button" className="sg-btn sg-primary" onClick={() => open({ tab: 'campaigns', ...(c.numbers.campaignId !== undefined ? { campaignId: c.numbers.campaignId } : {}) })}>
                {t('guide.open.campaign')}
              </button>
            </li>
          ))}
        </ul>
        <p>{tipText(campaigns[0]!, t, locale, currency).body}</p>
        {actions(null)}
      </>
    ),
  };
}
