import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import { SampleOffer } from '@/components/analysis/EmptyState';
import { db } from '@/lib/db';
import { addDays, toBusinessDate } from '@/lib/dates';
import { formatDate, formatTime } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import type { ShopMetricKey } from '@/lib/model/metrics';
import { formatMetric, summarize, type CapturedEntry } from './summary';
import './captured.css';
import '@/components/sample/sample.css';

/** How many of today's reads are listed (newest first). */
const LIMIT = 30;
const SYCM_HOME = 'https://sycm.taobao.com/portal/home.htm';

/**
 * 今日读取: what ShopMate read from the seller's consoles today — platform, page, the metrics
 * with their values, time and source — and, for recognised pages it could not read, what to do.
 */
export default function CapturedToday({ now: fixedNow }: { now?: number }) {
  const t = useT();
  const now = useMinuteClock(fixedNow);
  const today = toBusinessDate(now);
  const start = new Date(`${today}T00:00:00`).getTime();
  const rows = useLiveQuery(() => db.snapshots.where('capturedAt').aboveOrEqual(start).reverse().limit(200).toArray(), [start]);

  return (
    <section className="captured-today" aria-labelledby="captured-today-title">
      <h2 id="captured-today-title">{t('capture.today.title')}</h2>
      {rows === undefined ? (
        <p className="empty">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty">
          <p>{t('capture.today.empty')}</p>
          <p>{t('capture.today.emptyHow')}</p>
          <p>
            <a href={SYCM_HOME} target="_blank" rel="noreferrer">
              {t('capture.today.openSycm')}
            </a>
          </p>
          <SampleOffer />
        </div>
      ) : (
        <>
          <p className="muted captured-hint">{t('capture.today.hint')}</p>
          <ul className="captured-list">
            {summarize(rows)
              .slice(0, LIMIT)
              .map((entry) => (
                <Entry key={entry.id} entry={entry} today={today} />
              ))}
          </ul>
          {rows.length > LIMIT ? <p className="muted">{t('capture.more', { count: rows.length - LIMIT })}</p> : null}
        </>
      )}
    </section>
  );
}

/** Now, refreshed every minute so "today" rolls over at midnight while the panel stays open. */
function useMinuteClock(fixed?: number): number {
  const [now, setNow] = useState(() => fixed ?? Date.now());
  useEffect(() => {
    if (fixed !== undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [fixed]);
  return fixed ?? now;
}

function Entry({ entry, today }: { entry: CapturedEntry; today: string }) {
  const t = useT();
  const locale = useLocale();
  const { currency } = entry;
  const dayLabel = (date: string) =>
    date === today ? t('common.today') : date === addDays(today, -1) ? t('common.yesterday') : formatDate(date, locale);
  const failure = entry.failure;

  return (
    <li className={`captured card${failure && !failure.resolved ? ' captured-failed' : ''}`}>
      <div className="captured-head">
        <time dateTime={new Date(entry.at).toISOString()}>{formatTime(entry.at, locale)}</time>
        <span>
          {t(`platform.${entry.platform}` as MessageKey)} · {t(entry.console)} · <strong>{t(entry.page)}</strong>
          {entry.sample ? <span className="sample-tag">{t('sample.tag')}</span> : null}
        </span>
        {failure ? null : <span className="captured-source">{t(`capture.source.${entry.source}` as MessageKey)}</span>}
      </div>
      {failure ? (
        <div role={failure.resolved ? undefined : 'alert'}>
          <p className={failure.resolved ? 'muted' : 'warn'}>
            <strong>{t('capture.failed')}</strong>
            {failure.resolved ? ` · ${t('capture.failed.resolved')}` : null}
          </p>
          {failure.resolved ? null : (
            <>
              <p>
                {failure.kind === 'unreadable'
                  ? t('capture.failed.unreadable')
                  : failure.kind === 'noMetrics'
                    ? t('capture.failed.noMetrics')
                    : t('capture.failed.other', { reason: failure.reason })}
              </p>
              {failure.labels.length ? (
                <p className="muted">
                  {t('capture.failed.labels', { labels: failure.labels.map((k) => t(`metric.${k}` as MessageKey)).join(t('common.listSeparator')) })}
                </p>
              ) : null}
            </>
          )}
        </div>
      ) : entry.days.length === 0 && entry.itemCount === 0 ? (
        <p className="muted">{t('capture.nothingNew')}</p>
      ) : (
        <>
          {entry.days.map((day) => (
            <div key={day.date} className="captured-day">
              <p className="muted">{t('capture.day', { date: dayLabel(day.date) })}</p>
              <dl className="captured-metrics">
                {day.metrics.map(([key, value]: [ShopMetricKey, number]) => (
                  <div key={key} className={day.doubtful.includes(key) ? 'doubtful' : undefined}>
                    <dt>{t(`metric.${key}` as MessageKey)}</dt>
                    <dd>
                      {formatMetric(key, value, locale, currency)}
                      {day.doubtful.includes(key) ? (
                        <span className="doubtful-mark" title={t('capture.doubtfulHint')}>
                          {' '}
                          {t('capture.doubtful')}
                        </span>
                      ) : null}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
          {entry.itemCount ? (
            <p className="captured-items">
              {t('capture.items', { count: entry.itemCount })}
              <span className="muted">
                {t('common.labelSeparator')}
                {entry.itemTitles.join(t('common.listSeparator'))}
                {entry.itemCount > entry.itemTitles.length ? t('common.listMore') : null}
              </span>
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}
