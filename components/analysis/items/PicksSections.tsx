import { useLocale, useT } from '@/components/app/i18n';
import type { PicksAnalysis } from '@/lib/messaging/messages/analysis';
import type { PlatformId } from '@/lib/model/consoles';
import type { Thresholds } from '@/lib/settings/schema';
import ActLink from '../ActLink';
import { formatValue, shortDate } from '@/lib/format';
import ItemName from './ItemName';
import { useShown } from './useShown';

/** 主推候选 (docs/domain.md#hero-candidates): the rule, the candidates with their numbers, the 关联搭配 advice, and the noise apart. */
export function HeroSection({ data, thresholds, platform }: { data: PicksAnalysis; thresholds: Thresholds; platform: PlatformId }) {
  const t = useT();
  const locale = useLocale();
  const { hero } = data;
  const [candidates, moreCandidates] = useShown(hero.candidates);
  const [noise, moreNoise] = useShown(hero.noise, 10);
  const [highBounce, moreHighBounce] = useShown(hero.highBounce, 10);
  const rule = t(thresholds.heroAboveShopAverage ? 'analysis.hero.ruleOrAverage' : 'analysis.hero.rule', {
    from: shortDate(hero.from, locale),
    to: shortDate(hero.to, locale),
    uv: formatValue(thresholds.heroMinUv, 'integer', locale),
    conversion: formatValue(thresholds.heroMinConversion, 'percent', locale),
    average: formatValue(hero.shopConversion, 'percent', locale),
  });
  // Seed 001 §二's third criterion, said in the rule so the seller knows why an item is (not) picked.
  const bounceRule = thresholds.heroRequireLowBounce
    ? hero.shopBounce !== undefined
      ? t('analysis.hero.ruleBounce', { bounce: formatValue(hero.shopBounce, 'percent', locale) })
      : t('analysis.hero.ruleBounceUnknown')
    : t('analysis.hero.ruleBounceOff');
  return (
    <>
      <p className="muted" data-testid="hero-rule">
        {rule} {bounceRule}
      </p>
      {hero.candidates.length === 0 ? (
        <p className="muted" data-testid="hero-none">
          {t('analysis.hero.none')}
        </p>
      ) : (
        <>
          <div className="an-scroll" tabIndex={0} role="region" aria-label={t('analysis.hero.title')}>
            <table className="an-table" data-testid="hero-list">
              <thead>
                <tr>
                  <th scope="col">{t('analysis.col.item')}</th>
                  <th scope="col">{t('analysis.col.uv')}</th>
                  <th scope="col">{t('analysis.col.paidBuyers')}</th>
                  <th scope="col">{t('analysis.col.conversionRate')}</th>
                  <th scope="col">{t('analysis.col.itemBounce')}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c) => (
                  <tr key={c.itemId}>
                    <th scope="row">
                      <ItemName itemId={c.itemId} title={data.titles[c.itemId]} />
                      {c.basis === 'aboveAverage' ? <span className="an-tag">{t('analysis.hero.aboveAverage')}</span> : null}
                    </th>
                    <td>{formatValue(c.uv, 'integer', locale)}</td>
                    <td>{formatValue(c.buyers, 'integer', locale)}</td>
                    <td>{formatValue(c.conversion, 'percent', locale)}</td>
                    <td className={c.highBounce ? 'warn' : undefined} title={t(`analysis.hero.bounce.${c.highBounce ? 'high' : c.bounceCheck}`)}>
                      {formatValue(c.bounce, 'percent', locale)}
                      {c.bounceCheck === 'low' ? <span className="an-tag">{t('analysis.hero.bounce.low')}</span> : null}
                      {c.bounceCheck === 'unknown' ? <span className="an-tag">{t('analysis.hero.bounce.unknown')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {moreCandidates}
          <p className="card an-advice">
            {t('analysis.hero.advice')} <ActLink platform={platform} kind="ads" />
          </p>
        </>
      )}
      {hero.highBounce.length ? (
        <details className="an-noise" data-testid="hero-high-bounce">
          <summary>{t('analysis.hero.highBounceTitle', { count: hero.highBounce.length })}</summary>
          <p className="muted">{t('analysis.hero.highBounceHint', { bounce: formatValue(hero.shopBounce, 'percent', locale) })}</p>
          <ul className="an-list">
            {highBounce.map((c) => (
              <li key={c.itemId}>
                <ItemName itemId={c.itemId} title={data.titles[c.itemId]} />{' '}
                <span className="muted">
                  {t('analysis.hero.highBounceRow', {
                    uv: formatValue(c.uv, 'integer', locale),
                    conversion: formatValue(c.conversion, 'percent', locale),
                    bounce: formatValue(c.bounce, 'percent', locale),
                  })}
                </span>
              </li>
            ))}
          </ul>
          {moreHighBounce}
        </details>
      ) : null}
      {hero.noise.length ? (
        <details className="an-noise">
          <summary>{t('analysis.hero.noiseTitle', { count: hero.noise.length })}</summary>
          <p className="warn">{t('analysis.hero.noiseWarning', { uv: formatValue(thresholds.heroMinUv, 'integer', locale) })}</p>
          <ul className="an-list">
            {noise.map((c) => (
              <li key={c.itemId}>
                <ItemName itemId={c.itemId} title={data.titles[c.itemId]} />{' '}
                <span className="muted">
                  {t('analysis.hero.noiseRow', { uv: formatValue(c.uv, 'integer', locale), conversion: formatValue(c.conversion, 'percent', locale) })}
                </span>
              </li>
            ))}
          </ul>
          {moreNoise}
        </details>
      ) : null}
    </>
  );
}

/**
 * 下架候选: no sale in the window, said honestly — items whose last sale is older than the window
 * under the rule's heading, items ShopMate never saw sell apart (it may not have read every day),
 * and how many we cannot judge.
 */
export function DelistSection({ data, thresholds, platform }: { data: PicksAnalysis; thresholds: Thresholds; platform: PlatformId }) {
  const t = useT();
  const locale = useLocale();
  const { delist } = data;
  const [candidates, more] = useShown(delist.candidates);
  const [neverSold, moreNeverSold] = useShown(delist.neverSold);
  return (
    <>
      <p className="muted">{t('analysis.delist.rule', { days: thresholds.delistNoSaleDays, from: shortDate(delist.from, locale), to: shortDate(delist.to, locale) })}</p>
      {delist.candidates.length === 0 ? (
        <p className="muted">{t('analysis.delist.none')}</p>
      ) : (
        <ul className="an-list" data-testid="delist-list">
          {candidates.map((c) => (
            <li key={c.itemId} className="card an-row">
              <ItemName itemId={c.itemId} title={data.titles[c.itemId]} />
              <p className="an-reason">{t('analysis.delist.lastSale', { date: shortDate(c.lastSaleDate!, locale, true), days: c.daysSince! })}</p>
            </li>
          ))}
          {more ? <li>{more}</li> : null}
        </ul>
      )}
      {delist.neverSold.length ? (
        <>
          <h4 className="an-subhead">{t('analysis.delist.neverSoldTitle', { count: delist.neverSold.length })}</h4>
          <p className="muted">{t('analysis.delist.neverSoldHint')}</p>
          <ul className="an-list" data-testid="delist-never-sold">
            {neverSold.map((c) => (
              <li key={c.itemId} className="card an-row">
                <ItemName itemId={c.itemId} title={data.titles[c.itemId]} />
                <p className="an-reason">{t('analysis.delist.noSaleSeen', { days: c.daysWithData })}</p>
              </li>
            ))}
            {moreNeverSold ? <li>{moreNeverSold}</li> : null}
          </ul>
        </>
      ) : null}
      <p className="muted">
        {delist.unknown ? t('analysis.delist.unknown', { count: delist.unknown }) + ' ' : ''}
        {t('analysis.delist.season')} <ActLink platform={platform} kind="itemList" />
      </p>
    </>
  );
}

/** 评分预警: the shop's DSR and items under the rating floor. */
export function RatingsSection({ data, thresholds, platform }: { data: PicksAnalysis; thresholds: Thresholds; platform: PlatformId }) {
  const t = useT();
  const locale = useLocale();
  const floor = formatValue(thresholds.ratingFloor, 'score', locale);
  const [ratings, more] = useShown(data.ratings);
  return (
    <>
      {data.dsr ? (
        <p className={data.dsr.dsr < thresholds.ratingFloor ? 'warn' : 'muted'}>
          {t(data.dsr.dsr < thresholds.ratingFloor ? 'analysis.ratings.dsrLow' : 'analysis.ratings.dsrOk', {
            dsr: formatValue(data.dsr.dsr, 'score', locale),
            date: shortDate(data.dsr.date, locale),
            floor,
          })}
        </p>
      ) : (
        <p className="muted">{t('analysis.ratings.noDsr')}</p>
      )}
      {data.ratings.length === 0 ? (
        <p className="muted">{t('analysis.ratings.none', { floor })}</p>
      ) : (
        <ul className="an-list" data-testid="ratings-list">
          {ratings.map((r) => (
            <li key={r.itemId}>
              <ItemName itemId={r.itemId} title={data.titles[r.itemId]} /> <strong className="warn">{formatValue(r.rating, 'score', locale)}</strong>
            </li>
          ))}
          {more ? <li>{more}</li> : null}
        </ul>
      )}
      <p>
        <ActLink platform={platform} kind="reviews" />
      </p>
    </>
  );
}
