import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocale, useT } from '@/components/app/i18n';
import CampaignForm from '@/components/analysis/campaign/CampaignForm';
import CampaignReviewView from '@/components/analysis/campaign/CampaignReviewView';
import EmptyState, { FEEDING_PAGES, Pending, SampleOffer } from '@/components/analysis/EmptyState';
import { formatValue, shortDate } from '@/lib/format';
import { useAnalysisStore, useBackgroundQuery, useCurrentShop, useToday } from '@/components/analysis/hooks';
import ShopPicker from '@/components/analysis/ShopPicker';
import '@/components/analysis/analysis.css';
import { db, type CampaignRow, type ShopRow } from '@/lib/db';
import { sendToBackground } from '@/lib/messaging/client';

/**
 * 活动复盘 (docs/domain.md#campaign-review): define campaigns (name, platform, start/end, items), then see each one
 * against the same number of days before and after, what fell short, the seller's notes; mark it
 * reviewed; export the 店铺活动销售成果汇报表.
 */
export default function CampaignsTab() {
  const t = useT();
  const { shops, shop } = useCurrentShop();
  if (shops === undefined) return <Pending />;
  if (!shop) return <EmptyState what="analysis.empty.noShop" progress={t('empty.progress.campaigns')} page={FEEDING_PAGES.campaigns} />;
  return <Campaigns key={shop.key} shop={shop} shops={shops} />;
}

type Status = 'running' | 'toReview' | 'reviewed' | 'upcoming';
const statusOf = (c: CampaignRow, today: string): Status =>
  c.reviewedAt !== undefined ? 'reviewed' : c.start >= today ? 'upcoming' : c.end >= today ? 'running' : 'toReview';

function Campaigns({ shop, shops }: { shop: ShopRow; shops: ShopRow[] }) {
  const t = useT();
  const locale = useLocale();
  const today = useToday();
  // The open campaign lives in the analysis store, so a tip can open one too.
  const selected = useAnalysisStore((s) => s.campaignId);
  const setFocus = useAnalysisStore((s) => s.setFocus);
  const setSelected = (id: number | undefined) => setFocus(undefined, id);
  const campaigns = useLiveQuery(async () => (await db.campaigns.where('shopKey').equals(shop.key).toArray()).sort((a, b) => (a.start < b.start ? 1 : -1)), [shop.key]);
  const [editing, setEditing] = useState<'new' | number | undefined>();

  if (campaigns === undefined) return <Pending />;
  const current = campaigns.find((c) => c.id === selected) ?? campaigns[0];
  return (
    <div className="an-tab">
      <ShopPicker shops={shops} shop={shop} />
      <div className="an-head">
        <h2>{t('analysis.campaign.title')}</h2>
        {editing === undefined ? (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('analysis.campaign.new')}
          </button>
        ) : null}
      </div>
      {editing !== undefined ? (
        <CampaignForm
          shop={shop}
          today={today}
          campaign={editing === 'new' ? undefined : campaigns.find((c) => c.id === editing)}
          onDone={(id) => {
            setEditing(undefined);
            if (id !== undefined) setSelected(id);
          }}
        />
      ) : null}
      {campaigns.length === 0 ? (
        editing === undefined ? (
          <div className="empty">
            <p>{t('analysis.campaign.empty')}</p>
            <p>{t('analysis.campaign.emptyHow')}</p>
            <SampleOffer />
          </div>
        ) : null
      ) : (
        <>
          <ul className="an-campaigns" aria-label={t('analysis.campaign.list')}>
            {campaigns.map((c) => {
              const status = statusOf(c, today);
              return (
                <li key={c.id}>
                  <button type="button" aria-pressed={c.id === current?.id} onClick={() => setSelected(c.id)}>
                    <span className="an-item-title">{c.name}</span>
                    <span className="muted">
                      {shortDate(c.start, locale)}–{shortDate(c.end, locale)}
                    </span>
                    <span className={`an-status an-status-${status}`}>{t(`analysis.campaign.status.${status}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {current && editing === undefined ? <Review key={current.id} campaign={current} shop={shop} today={today} onEdit={() => setEditing(current.id!)} /> : null}
        </>
      )}
    </div>
  );
}

function Review({ campaign, shop, today, onEdit }: { campaign: CampaignRow; shop: ShopRow; today: string; onEdit(): void }) {
  const t = useT();
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const version = `${campaign.start}|${campaign.end}|${campaign.itemIds.join(',')}`;
  const query = useBackgroundQuery('analysis.campaign', { shopKey: shop.key, id: campaign.id!, today }, version);
  const act = async (run: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await run();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card an-section" aria-labelledby="an-campaign-h" data-testid="campaign-review">
      <div className="an-head">
        <h3 id="an-campaign-h">
          {campaign.name} <span className="muted">{t(`platform.${campaign.platform}`)}</span>
        </h3>
        <p className="an-actions">
          {campaign.reviewedAt !== undefined ? (
            <span className="good">{t('analysis.campaign.reviewedAt', { date: shortDate(new Date(campaign.reviewedAt).toISOString().slice(0, 10), locale) })}</span>
          ) : (
            <button type="button" className="primary" disabled={campaign.end >= today} title={campaign.end >= today ? t('analysis.campaign.notOver') : undefined} onClick={() => void act(() => sendToBackground('campaign.markReviewed', { id: campaign.id!, at: Date.now() }))}>
              {t('analysis.campaign.markReviewed')}
            </button>
          )}
          <button type="button" onClick={onEdit}>
            {t('analysis.campaign.edit')}
          </button>
          {confirming ? (
            <>
              <button type="button" className="an-danger" onClick={() => void act(() => sendToBackground('campaign.delete', { id: campaign.id! }))}>
                {t('analysis.campaign.confirmDelete')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('common.delete')}
            </button>
          )}
        </p>
      </div>
      {error ? (
        <p className="bad" role="alert">
          {t('common.error', { reason: error })}
        </p>
      ) : null}
      <p className="muted">
        {t('analysis.campaign.itemCount', { count: campaign.itemIds.length })} · {formatValue(campaign.start, 'date', locale)}–{formatValue(campaign.end, 'date', locale)}
      </p>
      {query.status !== 'ready' ? (
        <Pending error={query.status === 'error' ? query.error : undefined} />
      ) : query.data === null ? (
        <p className="muted">{t('analysis.campaign.gone')}</p>
      ) : (
        <CampaignReviewView campaign={campaign} data={query.data} currency={shop.currency} today={today} />
      )}
    </section>
  );
}
