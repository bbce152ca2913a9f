import { useLocale, useT } from '@/components/app/i18n';
import { QUADRANTS } from '@/lib/analysis/quadrant';
import type { QuadrantAnalysis } from '@/lib/messaging/messages/analysis';
import type { MessageKey } from '@/lib/i18n';
import { formatValue, shortDate } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import QuadrantChart from '../QuadrantChart';
import ItemName from './ItemName';

/** 价格 × 转化: the picture, then per quadrant its advice (docs/domain.md#price-and-conversion) and its items with the most traffic. */
export default function QuadrantSection({ data, currency }: { data: QuadrantAnalysis; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  if (!data.points.length) {
    return <p className="muted">{t('analysis.quadrant.none', { from: shortDate(data.from, locale), to: shortDate(data.to, locale) })}</p>;
  }
  return (
    <>
      <p className="muted">
        {t('analysis.quadrant.hint', { from: shortDate(data.from, locale), to: shortDate(data.to, locale), uv: formatValue(data.minUv, 'integer', locale) })}
      </p>
      <QuadrantChart data={data} currency={currency} />
      <div className="an-quads">
        {QUADRANTS.map((q) => {
          const items = data.points
            .filter((p) => p.quadrant === q)
            .sort((a, b) => b.uv - a.uv)
            .slice(0, 5);
          return (
            <section key={q} className={`card an-quad an-quad-${q}`} aria-labelledby={`an-quad-${q}`}>
              <h4 id={`an-quad-${q}`}>
                {t(`analysis.quadrant.${q}` as MessageKey)} <span className="muted">{data.counts[q]}</span>
              </h4>
              <p>{t(`analysis.quadrant.${q}.advice` as MessageKey)}</p>
              {items.length ? (
                <ul className="an-list">
                  {items.map((p) => (
                    <li key={p.itemId}>
                      <ItemName itemId={p.itemId} title={data.titles[p.itemId]} />{' '}
                      <span className="muted">
                        {formatValue(p.price, 'money', locale, currency)} · {formatValue(p.conversion, 'percent', locale)}
                        {p.lowTraffic ? ` · ${t('analysis.quadrant.lowTraffic')}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          );
        })}
      </div>
      {data.excluded.noPrice || data.excluded.noTraffic ? (
        <p className="muted">{t('analysis.quadrant.excluded', { noPrice: data.excluded.noPrice, noTraffic: data.excluded.noTraffic })}</p>
      ) : null}
    </>
  );
}
