import { useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import type { CampaignReview, ReviewRow, Shortfall } from '@/lib/analysis/campaign';
import { REPORT_KINDS } from '@/lib/analysis/report';
import type { CampaignAnalysis } from '@/lib/messaging/messages/analysis';
import type { CampaignRow } from '@/lib/db';
import type { Locale, MessageKey, Translate } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import ExportButtons from '../ExportButtons';
import { changeClass } from '../format';
import { formatChange, formatValue, shortDate } from '@/lib/format';
import type { Currency } from '@/lib/model/currency';
import ItemName from '../items/ItemName';
import ScrollTable from '../ScrollTable';
import { reviewSheets } from './review-export';

/** Up is good for everything but bounce and refunds. */
const goodWhenUp = (key: ReviewRow['key']) => key !== 'bounceRate' && key !== 'refundAmount';

/** One shortfall as a sentence with its numbers. */
export function shortfallText(s: Shortfall, t: Translate, locale: Locale, currency: Currency, titles: Record<string, string>): string {
  const money = (v: number) => formatValue(v, 'money', locale, currency);
  const pct = (v: number) => formatValue(v, 'percent', locale);
  switch (s.key) {
    case 'noBefore':
      return t('analysis.shortfall.noBefore');
    case 'missingDays':
      return t('analysis.shortfall.missingDays', { window: t(`analysis.campaign.${s.window}`), missing: s.missing, days: s.days });
    case 'salesNotUp':
      return t('analysis.shortfall.salesNotUp', { before: money(s.before), during: money(s.during) });
    case 'uvNotUp':
      return t('analysis.shortfall.uvNotUp', { before: formatValue(s.before, 'integer', locale), during: formatValue(s.during, 'integer', locale) });
    case 'conversionDown':
      return t('analysis.shortfall.conversionDown', { before: pct(s.before), during: pct(s.during), change: formatChange(s.change, locale, t) });
    case 'aovDown':
      return t('analysis.shortfall.aovDown', { before: money(s.before), during: money(s.during), change: formatChange(s.change, locale, t) });
    case 'afterDip':
      return t('analysis.shortfall.afterDip', { before: money(s.before), after: money(s.after), change: formatChange(s.change, locale, t) });
    case 'itemsNotUp':
      return t('analysis.shortfall.itemsNotUp', { items: s.itemIds.map((id) => titles[id] ?? id).join('、') });
  }
}

/**
 * 店铺活动销售成果汇报表: the campaign against the same number of days before and after, the
 * differences, what fell short (found from the numbers) and the seller's own notes; exportable.
 */
export default function CampaignReviewView({ campaign, data, currency, today }: { campaign: CampaignRow; data: CampaignAnalysis; currency: Currency; today: string }) {
  const t = useT();
  const locale = useLocale();
  const { review, titles } = data;
  const w = review.windows;
  const range = (win: { from: string; to: string }) => `${shortDate(win.from, locale)}–${shortDate(win.to, locale)}`;
  const text = (s: Shortfall) => shortfallText(s, t, locale, currency, titles);
  return (
    <div className="an-review">
      <p className="muted">
        {t('analysis.campaign.windows', { before: range(w.before), during: range(w.during), after: range(w.after), days: w.before.days })}
        {review.running ? ` ${t('analysis.campaign.running')}` : !review.afterComplete ? ` ${t('analysis.campaign.afterRunning')}` : ''}
      </p>
      <div className="an-head">
        <h3>{t('analysis.campaign.sheet')}</h3>
        <ExportButtons
          label={t('analysis.campaign.sheet')}
          base={`${t('analysis.campaign.file')}-${campaign.name}`}
          date={today}
          sheets={() => reviewSheets(campaign, review, titles, t, text)}
        />
      </div>
      <ReviewTable review={review} currency={currency} />
      <p className="muted an-legend">{t('analysis.campaign.perDayNote')}</p>
      {review.items.length ? (
        <>
          <h3>{t('analysis.campaign.items')}</h3>
          <ScrollTable
            label={t('analysis.campaign.items')}
            testId="campaign-items"
            headers={[t('analysis.col.item'), t('analysis.campaign.before'), t('analysis.campaign.during'), t('analysis.campaign.after')]}
          >
            {review.items.map((i) => (
              <tr key={i.itemId}>
                <th scope="row">
                  <ItemName itemId={i.itemId} title={titles[i.itemId]} />
                </th>
                <td>{formatValue(i.before.salesAmount, 'money', locale, currency)}</td>
                <td>
                  {formatValue(i.during.salesAmount, 'money', locale, currency)}
                  <Change change={i.salesChange} label={t('analysis.campaign.col.salesChange')} />
                </td>
                <td>{formatValue(i.after.salesAmount, 'money', locale, currency)}</td>
              </tr>
            ))}
          </ScrollTable>
        </>
      ) : null}
      <h3>{t('analysis.campaign.shortfalls')}</h3>
      {review.shortfalls.length ? (
        <ul className="an-notes" data-testid="shortfalls">
          {review.shortfalls.map((s, i) => (
            <li key={i} className={s.key === 'noBefore' || s.key === 'missingDays' ? 'info' : 'warn'}>
              {text(s)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('analysis.campaign.noShortfalls')}</p>
      )}
      <Notes campaign={campaign} />
    </div>
  );
}

/** A change under its value: '+12.5%' in green or red (for bounce and refunds, up is bad). */
function Change({ change, goodWhenUp = true, label }: { change: number | null | undefined; goodWhenUp?: boolean; label: string }) {
  const t = useT();
  const locale = useLocale();
  if (change === undefined) return null;
  return (
    <span className={`an-change ${changeClass(change, goodWhenUp)}`} title={label}>
      <span className="sr-only">{label} </span>
      {formatChange(change, locale, t)}
    </span>
  );
}

function ReviewTable({ review, currency }: { review: CampaignReview; currency: Currency }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ScrollTable
      label={t('analysis.campaign.sheet')}
      testId="campaign-sheet"
      headers={[t('analysis.campaign.col.metric'), t('analysis.campaign.before'), t('analysis.campaign.during'), t('analysis.campaign.after')]}
    >
        {review.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{t(`analysis.col.${r.key}` as MessageKey)}</th>
            <td>{formatValue(r.before, REPORT_KINDS[r.key], locale, currency)}</td>
            <td>
              {formatValue(r.during, REPORT_KINDS[r.key], locale, currency)}
              <Change change={r.changeDuring} goodWhenUp={goodWhenUp(r.key)} label={t('analysis.campaign.col.changeDuring')} />
            </td>
            <td>
              {formatValue(r.after, REPORT_KINDS[r.key], locale, currency)}
              <Change change={r.changeAfter} goodWhenUp={goodWhenUp(r.key)} label={t('analysis.campaign.col.changeAfter')} />
            </td>
          </tr>
        ))}
    </ScrollTable>
  );
}

/** The seller's own notes on what fell short and what to do next time (复盘). */
function Notes({ campaign }: { campaign: CampaignRow }) {
  const t = useT();
  const [text, setText] = useState(campaign.notes);
  const [status, setStatus] = useState<'saved' | 'error' | undefined>();
  const [error, setError] = useState('');
  const save = async () => {
    try {
      const { id, reviewedAt: _r, createdAt: _c, ...rest } = campaign;
      await sendToBackground('campaign.save', { ...rest, ...(id !== undefined ? { id } : {}), notes: text });
      setStatus('saved');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus('error');
    }
  };
  return (
    <div className="an-field">
      <label htmlFor={`an-notes-${campaign.id}`}>
        <strong>{t('analysis.campaign.notes')}</strong>
      </label>
      <textarea id={`an-notes-${campaign.id}`} rows={4} maxLength={10_000} value={text} placeholder={t('analysis.campaign.notesPlaceholder')} onChange={(e) => (setText(e.target.value), setStatus(undefined))} />
      <p className="an-actions">
        <button type="button" onClick={() => void save()} disabled={text === campaign.notes && status !== 'error'}>
          {t('analysis.campaign.saveNotes')}
        </button>
        <span role="status" className={status === 'error' ? 'bad' : 'good'}>
          {status === 'saved' ? t('options.saved') : status === 'error' ? t('common.error', { reason: error }) : ''}
        </span>
      </p>
    </div>
  );
}
