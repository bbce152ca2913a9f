import type { Currency } from '@/lib/model/currency';
import type { ReactNode } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { clockTime } from '@/lib/checklist/day';
import { pickHeadline, type HeadlineValue } from '@/lib/checklist/headline';
import { PLATFORM_LINKS } from '@/lib/checklist/links';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import type { PopupData } from './data';

const ARROWS = { up: '▲', down: '▼' } as const;

function formatValue(v: HeadlineValue, locale: Locale, currency: Currency): string {
  if (v.metric === 'salesAmount' || v.metric === 'aov') return formatMoney(v.value, locale, currency);
  if (v.metric === 'conversionRate') return formatPercent(v.value, locale);
  return formatNumber(v.value, locale);
}

/** Today's headline numbers (or yesterday's, until today is read) against the day before. */
export default function Headline({ data, today, zone }: { data: PopupData; today: string; zone: string }) {
  const t = useT();
  const locale = useLocale();
  const rows = new Map(data.daily.map((r) => [r.date, r.metrics]));
  const headline = pickHeadline(rows, today);
  const dashboard = PLATFORM_LINKS[data.platform].dashboard;

  if (!headline) {
    const page = t('checklist.page.dashboard');
    return (
      <section className="pp-headline card" aria-labelledby="pp-headline-title">
        <h2 id="pp-headline-title">{t('checklist.headline.title')}</h2>
        <p className="muted">
          {dashboard ? (
            withLink(
              t('checklist.headline.empty', { page: '\u0000' }),
              <a href={dashboard} target="_blank" rel="noreferrer">
                {page}
              </a>,
            )
          ) : (
            t('checklist.headline.empty', { page })
          )}
        </p>
      </section>
    );
  }

  const row = data.daily.find((r) => r.date === headline.date);
  const caption =
    headline.which === 'today'
      ? t('checklist.headline.today', { time: row ? clockTime(row.updatedAt, zone) : '—' })
      : t('checklist.headline.yesterday');
  const currency = data.shop?.currency ?? 'CNY';

  return (
    <section className="pp-headline card" aria-labelledby="pp-headline-title">
      <h2 id="pp-headline-title">
        {t('checklist.headline.title')}
        {data.shop?.name ? <span className="muted"> · {data.shop.name}</span> : null}
      </h2>
      <p className="muted pp-caption">{caption}</p>
      <dl className="pp-metrics">
        {headline.values.map((v) => {
          const pct = v.change === undefined ? undefined : formatPercent(Math.abs(v.change), locale, 1);
          const said =
            v.direction === undefined
              ? t('checklist.headline.noCompare')
              : v.direction === 'flat'
                ? t('checklist.headline.flat')
                : t(`checklist.headline.${v.direction}`, { pct: pct! });
          return (
            <div key={v.metric} className="pp-metric" data-metric={v.metric}>
              <dt className="muted">
                {t(`metric.${v.metric}`)}
                {v.derived ? <span title={t('common.derived')}>*</span> : null}
              </dt>
              <dd className="pp-value">{formatValue(v, locale, currency)}</dd>
              <dd className={`pp-change ${v.direction ?? 'none'}`} aria-label={said}>
                {v.direction === undefined ? (
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
        })}
      </dl>
    </section>
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
