import type { Currency } from '@/lib/model/currency';
import { useLocale, useT } from '@/components/app/i18n';
import { useSettings } from '@/components/app/settings-store';
import { toBusinessDate } from '@/lib/dates';
import type { TitleEditRow } from '@/lib/db';
import { formatMoney, formatNumber, formatPercent, formatTime } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import type { PlatformId } from '@/lib/model/consoles';
import { beforeAfter, type BeforeAfter, type CompareMetric, type DayMetrics } from '@/lib/title/before-after';
import { diffTitle } from '@/lib/title/diff';
import DiffText from './DiffText';
import { currencyOf } from './data';

const METRIC_LABEL: Record<CompareMetric, MessageKey> = {
  uv: 'metric.uv',
  conversionRate: 'metric.conversionRate',
  salesAmount: 'metric.salesAmount',
};

/** The item's edits, newest first, each with the N days before vs after it (docs/domain.md#title-edits). */
export default function EditHistory({
  platform,
  edits,
  days,
  now,
}: {
  platform: PlatformId;
  edits: TitleEditRow[];
  days: DayMetrics[];
  now: number;
}) {
  const t = useT();
  const locale = useLocale();
  const { thresholds } = useSettings();
  const today = toBusinessDate(now);

  if (edits.length === 0) return <p className="empty">{t('title.panel.noHistory')}</p>;
  return (
    <ol className="title-history" aria-label={t('title.panel.history')}>
      {edits.map((edit) => {
        const result = beforeAfter(days, edit.at, today, thresholds);
        const dropped = result.drops.length > 0;
        return (
          <li key={edit.id} className="card" data-edit-id={edit.id} data-dropped={dropped}>
            <div className="title-history-head">
              <time dateTime={new Date(edit.at).toISOString()}>
                {result.editDate} {formatTime(edit.at, locale)}
              </time>
              <span className="muted">
                {t('title.panel.fields', {
                  fields: edit.fields.map((f) => t(`title.field.${f}`)).join(t('title.listSeparator')),
                })}
              </span>
              {dropped ? (
                <strong className="title-flag bad">{t('title.panel.drop')}</strong>
              ) : result.after.daysWithData > 0 ? (
                <span className="title-flag good">{t('title.panel.noDrop')}</span>
              ) : null}
            </div>
            {edit.oldTitle !== edit.newTitle && <DiffText diff={diffTitle(edit.oldTitle, edit.newTitle)} />}
            <BeforeAfterTable result={result} currency={currencyOf(platform)} />
            {dropped && (
              <p className="bad">
                {t('title.panel.dropHint', {
                  metrics: result.drops.map((m) => t(METRIC_LABEL[m])).join(t('title.listSeparator')),
                })}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Per-day UV, conversion and sales before vs after; missing numbers show as —, gaps are listed. */
function BeforeAfterTable({ result, currency }: { result: BeforeAfter; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  const { before, after, change } = result;
  const signed = (v: number | undefined) =>
    v === undefined ? formatPercent(undefined, locale) : `${v > 0 ? '+' : ''}${formatPercent(v, locale, 1)}`;
  const rows: [CompareMetric, string, string][] = [
    ['uv', formatNumber(before.uvPerDay, locale), formatNumber(after.uvPerDay, locale)],
    ['conversionRate', formatPercent(before.conversionRate, locale), formatPercent(after.conversionRate, locale)],
    ['salesAmount', formatMoney(before.salesPerDay, locale, currency), formatMoney(after.salesPerDay, locale, currency)],
  ];
  return (
    <>
      <table className="title-ba">
        <caption>{t('title.panel.beforeAfter', { days: result.days })}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('title.panel.before')}</th>
            <th scope="col">{t('title.panel.after')}</th>
            <th scope="col">{t('title.panel.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([metric, b, a]) => (
            <tr key={metric} data-metric={metric}>
              <th scope="row">
                {t(METRIC_LABEL[metric])}
                {metric !== 'conversionRate' && <span className="muted">（{t('title.panel.perDay')}）</span>}
              </th>
              <td>{b}</td>
              <td>{a}</td>
              <td className={result.drops.includes(metric) ? 'bad' : undefined}>{signed(change[metric])}</td>
            </tr>
          ))}
          <tr className="muted">
            <th scope="row" />
            <td>{t('title.panel.daysWithData', { count: before.daysWithData, total: result.days })}</td>
            <td>{t('title.panel.daysWithData', { count: after.daysWithData, total: result.days })}</td>
            <td />
          </tr>
        </tbody>
      </table>
      {after.daysElapsed === 0 ? (
        <p className="muted">{t('title.panel.waiting')}</p>
      ) : !result.complete ? (
        <p className="muted">{t('title.panel.partial', { count: after.daysElapsed, total: result.days })}</p>
      ) : null}
      {before.gaps.length + after.gaps.length > 0 && (
        <p className="muted">{t('title.panel.gaps', { dates: [...before.gaps, ...after.gaps].join(t('title.listSeparator')) })}</p>
      )}
    </>
  );
}
