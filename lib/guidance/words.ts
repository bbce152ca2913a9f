import { shortDate } from '@/lib/format';
import { translator, type Locale, type MessageKey } from '@/lib/i18n';
import { itemMarks, metricChipCompact, metricChipText, tipText, type ItemMarkText } from './describe';
import type { PageGuidance } from './types';

/**
 * Every word the in-page layer shows, said by the background (issue 19, "cheap"): the page gets
 * ready strings in the one guidance.forPage reply, so the guidance file carries no i18n catalogue
 * and no Intl formatting. Measured on 商品排行 with three marks (2026-12-07): the first
 * Intl.NumberFormat in a console page's renderer cost 40–57 ms, the catalogue of every namespace
 * ~110 KB of the file to compile; in the background both are warm already.
 */

/** A metric chip's words. `ofDay`: when the chip sits beside another day's number, it names its day. */
export interface MetricWords {
  text: string;
  ofDay: string;
  /** The short forms, when the page leaves no room for the words ("↓27%", "↓"). */
  compact: string;
  label: string;
  labelOfDay: string;
  title: string;
  body: string;
}

/** An item's marks: the chip's words, its accessible name and each mark with its reason. */
export interface ItemWords {
  text: string;
  label: string;
  marks: ItemMarkText[];
}

/** The campaign review prompt's words (issue 19 item 3): one chip naming the ended, unreviewed campaigns. */
export interface CampaignWords {
  /** The chip's words, fullest first. */
  forms: string[];
  label: string;
  /** Each campaign's tip title ("活动“双11”已结束 3 天，还没有复盘") and its 活动复盘 link. */
  list: { name: string; title: string; campaignId?: number }[];
  /** What to do, from the most urgent one's tip. */
  body: string;
  open: string;
}

/** The layer's own words. `openFailed` and `error` keep a {reason} for the page to fill. */
export interface LayerWords {
  layer: string;
  close: string;
  hideToday: string;
  hidden: string;
  openTip: string;
  openItem: string;
  openFailed: string;
  error: string;
}

export interface GuidanceWords {
  locale: Locale;
  layer: LayerWords;
  /** By tip id. */
  metrics: Record<string, MetricWords>;
  /** By item id; items without any mark are left out. */
  items: Record<string, ItemWords>;
  /** When the page gets the campaign review prompt. */
  campaign?: CampaignWords;
}

/** The guidance.forPage reply: the page's guidance with its words. */
export type ShownGuidance = PageGuidance & { words: GuidanceWords };

/** The words of one page's guidance, in the seller's language. */
export function guidanceWords(guidance: PageGuidance, locale: Locale): GuidanceWords {
  const t = translator(locale);
  const keep = (key: MessageKey) => t(key, { reason: '{reason}' });
  const metrics: Record<string, MetricWords> = {};
  for (const hint of guidance.metrics) {
    const text = metricChipText(hint, t, locale);
    const ofDay = t('guide.metric.ofDay', { date: shortDate(hint.tip.date, locale), text });
    const metric = t(`metric.${hint.metric}` as MessageKey);
    metrics[hint.tip.id] = {
      text,
      ofDay,
      compact: metricChipCompact(hint, locale),
      label: t('guide.metric.chipLabel', { metric, text }),
      labelOfDay: t('guide.metric.chipLabel', { metric, text: ofDay }),
      ...tipText(hint.tip, t, locale, guidance.currency),
    };
  }
  const items: Record<string, ItemWords> = {};
  for (const g of guidance.items) {
    const marks = itemMarks(g, t, locale);
    if (!marks.length) continue;
    const text = marks.map((m) => m.label).join(' · ');
    items[g.itemId] = { text, label: t('guide.item.chipLabel', { marks: text }), marks };
  }
  const [urgent] = guidance.campaigns;
  const campaignText = guidance.campaigns.length === 1 ? t('guide.campaign.chipOne', { name: String(urgent!.params.name) }) : t('guide.campaign.chipMany', { count: guidance.campaigns.length });
  return {
    locale,
    layer: {
      layer: t('guide.layer'),
      close: t('guide.close'),
      hideToday: t('guide.hideToday'),
      hidden: t('guide.hidden'),
      openTip: t('guide.open.tip'),
      openItem: t('guide.open.item'),
      openFailed: keep('guide.openFailed'),
      error: keep('common.error'),
    },
    metrics,
    items,
    ...(urgent
      ? {
          campaign: {
            forms: [campaignText, t('guide.campaign.short'), '!'],
            label: t('guide.campaign.chipLabel', { text: campaignText }),
            list: guidance.campaigns.map((c) => ({
              name: String(c.params.name),
              title: tipText(c, t, locale, guidance.currency).title,
              ...(c.numbers.campaignId !== undefined ? { campaignId: c.numbers.campaignId } : {}),
            })),
            body: tipText(urgent, t, locale, guidance.currency).body,
            open: t('guide.open.campaign'),
          },
        }
      : {}),
  };
}
