import type { ReactNode } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { shopLabel, shopName } from '@/components/analysis/ShopPicker';
import { toBusinessDate } from '@/lib/dates';
import { clockTime } from '@/lib/day-bounds';
import type { HeadlineValue } from '@/lib/checklist/headline';
import { PLATFORM_LINKS } from '@/lib/checklist/links';
import type { ShopHeadline } from '@/lib/checklist/shop-headlines';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import type { Currency } from '@/lib/model/currency';
import type { PlatformId } from '@/lib/model/consoles';

const ARROWS = { up: '▲', down: '▼' } as const;

function formatValue(metric: HeadlineValue['metric'], value: number | undefined, locale: Locale, currency: Currency): string {
  if (metric === 'salesAmount' || metric === 'aov') return formatMoney(value, locale, currency);
  if (metric === 'conversionRate') return formatPercent(value, locale);
  return formatNumber(value, locale);
}

/**
 * 店铺数据: one row per shop with numbers today (or yesterday's, until today is read), each
 * with its name, platform, the four headline numbers, and the time the console says it updated.
 * Real-time numbers are compared with yesterday at the same time; without such a read,
 * yesterday's full day is shown as a neutral reference, never as a drop.
 */
export default function ShopHeadlines({ headlines, platform, today, zone }: { headlines: ShopHeadline[]; platform: PlatformId; today: string; zone: string }) {
  const t = useT();
  const locale = useLocale();

  if (headlines.length === 0) {
    const dashboard = PLATFORM_LINKS[platform].dashboard;
    const page = t('checklist.page.dashboard');
    return (
      <section className="pp-headline card" aria-labelledby="pp-headline-title">
        <h2 id="pp-headline-title">{t('checklist.headline.title')}</h2>
        <p className="muted">
          {dashboard
            ? withLink(
                t('checklist.headline.empty', { page: '\u0000' }),
                <a href={dashboard} target="_blank" rel="noreferrer">
                  {page}
                </a>,
              )
            : t('checklist.headline.empty', { page })}
        </p>
      </section>
    );
  }

  return (
    <section className="pp-headline card" aria-labelledby="pp-headline-title">
      <h2 id="pp-headline-title">{t('checklist.headline.title')}</h2>
      {headlines.map((h) => {
        const time = clockTime(h.updatedAt, zone);
        const sameDay = toBusinessDate(h.updatedAt, zone) === (h.which === 'today' ? today : h.date);
        const when = sameDay ? time : `${toBusinessDate(h.updatedAt, zone).slice(5)} ${time}`;
        const caption =
          h.which === 'today'
            ? t(h.consoleTime ? 'checklist.headline.todayConsole' : 'checklist.headline.todayRead', { time: when })
            : t('checklist.headline.yesterday');
        const basis =
          h.basis === 'sameTime' ? t('checklist.headline.sameTime') : h.basis === 'fullDay' ? t('checklist.headline.fullDay') : undefined;
        return (
          <article key={h.shop.key} className="pp-shop" data-shop={h.shop.key} aria-label={shopLabel(h.shop, t)}>
            <h3 className="pp-shop-name">
              <span className="pp-shop-title">{shopName(h.shop, t)}</span>
              <span className="pp-shop-platform muted">{t(`platform.${h.shop.platform}`)}</span>
            </h3>
            <p className="muted pp-caption">
              {caption}
              {basis ? ` · ${basis}` : null}
            </p>
            <dl className="pp-metrics">
              {h.values.map((v) => (
                <Metric key={v.metric} v={v} currency={h.shop.currency} locale={locale} />
              ))}
            </dl>
          </article>
        );
      })}
    </section>
  );
}

function Metric({ v, currency, locale }: { v: ShopHeadline['values'][number]; currency: Currency; locale: Locale }) {
  const t = useT();
  const pct = v.change === undefined ? undefined : formatPercent(Math.abs(v.change), locale, 1);
  const reference = v.reference === undefined ? undefined : formatValue(v.metric, v.reference, locale, currency);
  const said =
    reference !== undefined
      ? t('checklist.headline.reference', { value: reference })
      : v.direction === undefined
        ? t('checklist.headline.noCompare')
        : v.direction === 'flat'
          ? t('checklist.headline.flat')
          : t(`checklist.headline.${v.direction}`, { pct: pct! });
  return (
    <div className="pp-metric" data-metric={v.metric}>
      <dt className="muted">
        {t(`metric.${v.metric}`)}
        {v.derived ? <span title={t('common.derived')}>*</span> : null}
      </dt>
      <dd className="pp-value">{formatValue(v.metric, v.value, locale, currency)}</dd>
      <dd className={`pp-change ${reference !== undefined ? 'none' : (v.direction ?? 'none')}`} aria-label={said}>
        {reference !== undefined ? (
          t('checklist.headline.reference', { value: reference })
        ) : v.direction === undefined ? (
          '—'
        ) : v.direction === 'flat' ? (
          t('checklist.headline.flat')
        ) : (
          <>
            <span aria-hidden="true">{ARROWS[v.direction]}</span> {pct}
          </>
        )}
      </dd>
    </div>
  );
}

/** Puts a link where the sentence has its {page} placeholder (marked with NUL), keeping word order per language. */
function withLink(sentence: string, link: ReactNode): ReactNode {
  const [before, after] = sentence.split('\u0000');
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}
