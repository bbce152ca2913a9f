import type { Tip } from '@/lib/analysis/tips';
import { formatChange, formatNumber, formatPercent, formatPoints, formatValue, shortDate } from '@/lib/format';
import { formatParams } from '@/components/analysis/format';
import type { Locale, MessageKey, Translate } from '@/lib/i18n';
import type { Currency } from '@/lib/model/currency';
import type { ItemGuidance, MetricHint } from './types';

/**
 * The words of in-page guidance (issue 19), from the same i18n messages the side panel uses for
 * the same findings (tip.*, analysis.stage.*, analysis.reason.*, analysis.delist.*), plus the
 * chips' short forms. Pure: translator and locale in, strings out.
 */

/** A metric chip: how the metric compares with the tip's baseline ("比近 7 天均值低 27%"). */
export function metricChipText(hint: MetricHint, t: Translate, locale: Locale): string {
  const cited = hint.tip.evidence.find((e) => e.label === `metric.${hint.metric}`);
  const days = typeof hint.tip.params.days === 'number' ? hint.tip.params.days : undefined;
  const change = cited?.change;
  if (cited?.changeIn === 'points' && typeof change === 'number') return t('guide.metric.points', { points: formatPoints(change, locale, t) });
  if (typeof change === 'number' && days !== undefined) {
    return t(change < 0 ? 'guide.metric.lower' : 'guide.metric.higher', { days, change: formatPercent(Math.abs(change), locale, 0) });
  }
  if (typeof change === 'number') return formatChange(change, locale, t);
  // A threshold tip (DSR under its floor, 退款率 at or over its line): which side of the line.
  const [value, line] = [cited?.value?.value, cited?.baseline?.value];
  return typeof value === 'number' && typeof line === 'number' && value >= line ? t('guide.metric.over') : t('guide.metric.floor');
}

/** The chip when there is no room for its words: the direction and size of the change ("↓27%"). */
export function metricChipCompact(hint: MetricHint, locale: Locale): string {
  const change = hint.tip.evidence.find((e) => e.label === `metric.${hint.metric}`)?.change;
  if (typeof change !== 'number') return '!';
  return `${change < 0 ? '↓' : '↑'}${hint.tip.evidence.find((e) => e.label === `metric.${hint.metric}`)?.changeIn === 'points' ? formatNumber(Math.abs(change) * 100, locale, 1) : formatPercent(Math.abs(change), locale, 0)}`;
}

/** The tip as the side panel's 诊断 says it: its title (with the numbers) and what to do. */
export function tipText(tip: Tip, t: Translate, locale: Locale, currency: Currency): { title: string; body: string } {
  const params = formatParams(tip.params, locale, currency);
  return { title: t(`tip.${tip.rule}.title` as MessageKey, params), body: t(`tip.${tip.rule}.body` as MessageKey, params) };
}

export type ItemMarkKind = 'stage' | 'hero' | 'delist' | 'rating' | 'titleEdits';

export interface ItemMarkText {
  kind: ItemMarkKind;
  /** The chip's words: 成长期, 主推候选, 下架候选, 评分预警, 标题 24 h 内已改 2 次. */
  label: string;
  reason: string;
  /** Worth the seller's attention now (decline, delist, rating, the title limit reached). */
  warn: boolean;
  /** The side panel's 宝贝 section that lists it. */
  section: 'lifecycle' | 'hero' | 'delist' | 'ratings';
}

/** Every mark of one item, in the order they are shown. */
export function itemMarks(g: ItemGuidance, t: Translate, locale: Locale): ItemMarkText[] {
  const out: ItemMarkText[] = [];
  const pct = (v: number) => formatValue(v, 'percent', locale);
  if (g.stage) {
    const r = g.stage;
    const reason = t(`analysis.reason.${r.reason}` as MessageKey, {
      sales: formatChange(r.salesChange, locale, t),
      uv: formatChange(r.uvChange, locale, t),
      measure: t(`analysis.measure.${r.measure ?? 'units'}` as MessageKey),
      first: r.firstDate ? shortDate(r.firstDate, locale) : '',
      listed: r.listedDate ? shortDate(r.listedDate, locale) : '',
      weeks: r.weeks.length,
    });
    const label = t(`analysis.stage.${r.stage}` as MessageKey);
    out.push({ kind: 'stage', label, reason: `${reason} ${withoutLead(t(`analysis.stage.${r.stage}.hint` as MessageKey), label)}`, warn: r.stage === 'decline', section: 'lifecycle' });
  }
  if (g.hero) {
    const h = g.hero;
    out.push({
      kind: 'hero',
      label: t('analysis.hero.title'),
      reason: t('guide.item.heroWhy', { from: shortDate(h.from, locale), to: shortDate(h.to, locale), uv: formatNumber(h.uv, locale), conversion: pct(h.conversion) }),
      warn: false,
      section: 'hero',
    });
  }
  if (g.delist) {
    const d = g.delist;
    const reason = d.reason === 'lastSale' && d.lastSaleDate ? t('analysis.delist.lastSale', { date: shortDate(d.lastSaleDate, locale, true), days: d.daysSince ?? 0 }) : t('analysis.delist.noSaleSeen', { days: d.daysWithData });
    out.push({ kind: 'delist', label: t('analysis.delist.title'), reason: `${reason} ${t('analysis.delist.season')}`, warn: true, section: 'delist' });
  }
  if (g.rating) {
    out.push({ kind: 'rating', label: t('analysis.ratings.title'), reason: t('guide.item.ratingWhy', { rating: g.rating.rating.toFixed(1), floor: g.rating.floor.toFixed(1) }), warn: true, section: 'ratings' });
  }
  if (g.titleEdits) {
    const e = g.titleEdits;
    const limit = e.count >= e.max;
    out.push({
      kind: 'titleEdits',
      label: t('guide.item.titleEdits', { hours: e.hours, count: e.count }),
      reason: `${t('guide.item.titleEditsWhy', { hours: e.hours, max: e.max })}${limit ? ` ${t('guide.item.titleEditsLimit')}` : ''}`,
      warn: limit,
      section: 'lifecycle',
    });
  }
  return out;
}

/**
 * The side panel's stage advice opens with the stage's name ("衰退期：先找原因…") where it stands
 * alone; beside a mark that already shows the name it would read twice ("衰退期 … 衰退期：").
 */
function withoutLead(text: string, label: string): string {
  if (!text.startsWith(label)) return text;
  const rest = text.slice(label.length).replace(/^\s*[:：]\s*/, '');
  return rest === text.slice(label.length) ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}
