import { useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { addDays } from '@/lib/dates';
import type { LifecycleResult, Stage } from '@/lib/analysis/lifecycle';
import type { LifecycleAnalysis } from '@/lib/messaging/messages/analysis';
import type { MessageKey } from '@/lib/i18n';
import { formatChange, formatValue, shortDate } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import ItemName from './ItemName';
import { useShown } from './useShown';

const ORDER: Stage[] = ['new', 'growth', 'hero', 'stable', 'decline', 'unknown'];
const FIRST_SHOWN: Stage[] = ['decline', 'hero', 'growth', 'new', 'stable', 'unknown'];

/**
 * 生命周期: how many items are in each stage (a bar sellers read at a glance), and per stage the
 * items with the weeks that decided it.
 */
export default function LifecycleSection({ data, currency }: { data: LifecycleAnalysis; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  const [picked, setPicked] = useState<Stage>(() => FIRST_SHOWN.find((s) => data.counts[s] > 0) ?? 'stable');
  const [list, more] = useShown(data.byStage[picked]);
  return (
    <>
      <p className="muted">
        {t('analysis.lifecycle.hint', { week: `${shortDate(data.refWeek, locale)}–${shortDate(addDays(data.refWeek, 6), locale)}`, weeks: data.weeks.length })}
      </p>
      {data.total > 0 ? (
        <div className="an-stagebar" aria-hidden="true">
          {ORDER.filter((s) => data.counts[s] > 0).map((s) => (
            <span key={s} className={`an-stage-${s}`} style={{ flexGrow: data.counts[s] }} />
          ))}
        </div>
      ) : null}
      <div className="an-chips" role="group" aria-label={t('analysis.lifecycle.pick')}>
        {ORDER.map((s) => (
          <button key={s} type="button" aria-pressed={s === picked} className={`an-chip an-stage-chip-${s}`} onClick={() => setPicked(s)}>
            {t(`analysis.stage.${s}` as MessageKey)} <strong>{data.counts[s]}</strong>
          </button>
        ))}
      </div>
      <p className="muted">{t(`analysis.stage.${picked}.hint` as MessageKey)}</p>
      {list.length === 0 ? (
        <p className="muted">{t('analysis.lifecycle.none')}</p>
      ) : (
        <ul className="an-list" data-testid={`lifecycle-${picked}`}>
          {list.map((r) => (
            <LifecycleItem key={r.itemId} r={r} title={data.titles[r.itemId]} currency={currency} />
          ))}
          {more ? <li>{more}</li> : data.counts[picked] > list.length ? <li className="muted">{t('analysis.more', { count: data.counts[picked] - list.length })}</li> : null}
        </ul>
      )}
    </>
  );
}

function LifecycleItem({ r, title, currency }: { r: LifecycleResult; title?: string; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  const measure = t(`analysis.measure.${r.measure ?? 'units'}` as MessageKey);
  const reason = t(`analysis.reason.${r.reason}` as MessageKey, {
    sales: formatChange(r.salesChange, locale, t),
    uv: formatChange(r.uvChange, locale, t),
    measure,
    first: r.firstDate ? shortDate(r.firstDate, locale) : '',
    listed: r.listedDate ? shortDate(r.listedDate, locale) : '',
    weeks: r.weeks.length,
  });
  return (
    <li className="card an-row">
      <ItemName itemId={r.itemId} title={title} />
      <p className="an-reason">{reason}</p>
      {r.weeks.length ? (
        <table className="an-mini">
          <caption className="sr-only">{t('analysis.lifecycle.weeks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analysis.col.week')}</th>
              <th scope="col">{t('analysis.col.uvPerDay')}</th>
              <th scope="col">{t('analysis.col.perDay', { measure })}</th>
              <th scope="col">{t('analysis.col.conversionRate')}</th>
            </tr>
          </thead>
          <tbody>
            {r.weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{t('analysis.weekOf', { date: shortDate(w.week, locale) })}</th>
                <td>{formatValue(w.uvPerDay, 'integer', locale)}</td>
                <td>{formatValue(w.salesPerDay, r.measure === 'salesAmount' ? 'money' : 'integer', locale, currency)}</td>
                <td>{formatValue(w.conversion, 'percent', locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}
