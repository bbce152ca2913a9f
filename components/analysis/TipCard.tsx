import { useLocale, useT } from '@/components/app/i18n';
import { useSidePanelStore } from '@/components/sidepanel/ui-store';
import type { Tip, TipEvidence } from '@/lib/analysis/tips';
import type { MessageKey } from '@/lib/i18n';
import type { PlatformId } from '@/lib/model/consoles';
import ActLink from './ActLink';
import { changeClass, formatParams } from './format';
import { formatChange, formatPoints, formatValue, shortDate } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import { useAnalysisStore } from './hooks';
import ItemName from './items/ItemName';

/** Rules whose figures are compared with a setting (a floor or a limit), not with earlier days. */
const AGAINST_A_FLOOR = new Set<Tip['rule']>(['dsrFloor', 'ratingFloor', 'heroAppearing', 'refundRate', 'stockLow', 'stockSlow']);
// sourceShift compares with last week: its column is the baseline's.

function Evidence({ rows, rule, currency }: { rows: TipEvidence[]; rule: Tip['rule']; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  if (!rows.length) return null;
  return (
    <table className="an-mini an-evidence">
      <thead>
        <tr>
          <th scope="col">{t('analysis.tips.col.metric')}</th>
          <th scope="col">{t('analysis.tips.col.value')}</th>
          <th scope="col">{t(AGAINST_A_FLOOR.has(rule) ? 'analysis.tips.col.floor' : 'analysis.tips.col.baseline')}</th>
          {rows.some((r) => r.change !== undefined) ? <th scope="col">{t('analysis.tips.col.change')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{r.name ?? t(r.label as MessageKey)}</th>
            <td>{r.value ? formatValue(r.value.value, r.value.kind, locale, currency) : '—'}</td>
            <td>{r.baseline ? formatValue(r.baseline.value, r.baseline.kind, locale, currency) : '—'}</td>
            {rows.some((x) => x.change !== undefined) ? (
              <td className={changeClass(r.change, r.label !== 'metric.bounceRate' && r.label !== 'metric.adSpend')}>
                {r.changeIn === 'points' && typeof r.change === 'number' ? formatPoints(r.change, locale, t) : formatChange(r.change, locale, t)}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One diagnosis tip: what changed, with its numbers, where they are, and where to act. */
export default function TipCard({ tip, platform, currency }: { tip: Tip; platform: PlatformId; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  const setTab = useSidePanelStore((s) => s.setTab);
  const setFocus = useAnalysisStore((s) => s.setFocus);
  const params = formatParams(tip.params, locale, currency);
  const viewNumbers = () => {
    setFocus(tip.numbers.focus, tip.numbers.campaignId);
    setTab(tip.numbers.tab);
  };
  return (
    <li className={`card an-tip an-tip-${tip.severity}`} data-rule={tip.rule}>
      <div className="an-tip-head">
        <span className={`an-badge an-badge-${tip.severity}`}>{t(`analysis.tips.severity.${tip.severity}`)}</span>
        <time dateTime={tip.date} className="muted">
          {shortDate(tip.date, locale)}
        </time>
      </div>
      <h3>{t(`tip.${tip.rule}.title` as MessageKey, params)}</h3>
      <p>{t(`tip.${tip.rule}.body` as MessageKey, params)}</p>
      <Evidence rows={tip.evidence} rule={tip.rule} currency={currency} />
      {tip.items?.length ? (
        <ul className="an-list an-tip-items">
          {tip.items.map((item) => (
            <li key={item.itemId}>
              <ItemName itemId={item.itemId} title={item.title} />
              <Evidence rows={item.evidence} rule={tip.rule} currency={currency} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="an-actions">
        <button type="button" onClick={viewNumbers}>
          {t('analysis.tips.viewNumbers')}
        </button>
        <ActLink platform={platform} kind={tip.act} />
      </p>
    </li>
  );
}
