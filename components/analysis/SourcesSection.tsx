import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { useSettings } from '@/components/app/settings-store';
import { sourceComposition } from '@/lib/analysis/sources';
import { addDays } from '@/lib/dates';
import { db, type ShopRow } from '@/lib/db';
import ActLink from './ActLink';
import { Pending } from './EmptyState';
import { formatPercent, formatPoints, shortDate } from '@/lib/format';
import ScrollTable from './ScrollTable';

/**
 * 来源构成 (seed 001 §一.3): each traffic source's share of visitors and of sales over the last
 * tipBaselineDays days against the days before, from the source tables ShopMate read. An empty
 * state says which console page to open. Focused by the sourceShift tip ('sources').
 */
export default function SourcesSection({ shop, today, focus }: { shop: ShopRow; today: string; focus?: string }) {
  const t = useT();
  const locale = useLocale();
  const windowDays = useSettings().thresholds.tipBaselineDays;
  const from = addDays(today, -(2 * windowDays - 1));
  const days = useLiveQuery(
    () => db.sourceDaily.where('[shopKey+date]').between([shop.key, from], [shop.key, today], true, true).toArray(),
    [shop.key, from, today],
  );
  const composition = useMemo(() => (days ? sourceComposition(days, today, windowDays) : undefined), [days, today, windowDays]);
  useEffect(() => {
    if (focus === 'sources' && composition) document.getElementById('an-sources')?.scrollIntoView({ block: 'start' });
  }, [focus, composition]);
  const pct = (v: number | undefined) => formatPercent(v, locale, 1);
  const points = (v: number | undefined) => (v === undefined ? '—' : formatPoints(v, locale, t));
  const cls = (v: number | undefined) => (v === undefined || v === 0 ? undefined : v > 0 ? 'good' : 'bad');

  return (
    <section aria-labelledby="an-sources" className={focus === 'sources' ? 'an-focus' : undefined}>
      <div className="an-head">
        <h2 id="an-sources">{t('analysis.sources.title')}</h2>
      </div>
      {!composition ? (
        <Pending />
      ) : composition.now.days === 0 ? (
        <p className="muted" data-testid="sources-empty">
          {t('analysis.sources.empty')} <ActLink platform={shop.platform} kind="traffic" />
        </p>
      ) : (
        <>
          <p className="muted an-legend">
            {t('analysis.sources.hint', {
              from: shortDate(composition.now.from, locale),
              to: shortDate(composition.now.to, locale),
              days: composition.now.days,
              before: composition.before.days
                ? t('analysis.sources.before', { from: shortDate(composition.before.from, locale), to: shortDate(composition.before.to, locale), days: composition.before.days })
                : t('analysis.sources.noBefore'),
            })}
          </p>
          <ScrollTable
            label={t('analysis.sources.title')}
            testId="sources-table"
            headers={[t('analysis.sources.col.source'), t('analysis.sources.col.uvShare'), t('analysis.sources.col.change'), t('analysis.sources.col.salesShare'), t('analysis.sources.col.change')]}
          >
            {composition.rows.map((r) => (
              <tr key={r.source}>
                <th scope="row">{r.source}</th>
                <td>{pct(r.uvShare)}</td>
                <td className={cls(r.uvShareChange)}>{points(r.uvShareChange)}</td>
                <td>{pct(r.salesShare)}</td>
                <td className={cls(r.salesShareChange)}>{points(r.salesShareChange)}</td>
              </tr>
            ))}
          </ScrollTable>
          <p className="muted">
            <ActLink platform={shop.platform} kind="traffic" />
          </p>
        </>
      )}
    </section>
  );
}
