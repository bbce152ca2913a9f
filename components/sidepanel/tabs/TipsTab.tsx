import { useSettings } from '@/components/app/settings-store';
import { useT } from '@/components/app/i18n';
import EmptyState, { Pending } from '@/components/analysis/EmptyState';
import { useBackgroundQuery, useCurrentShop, useDayCounts, useToday } from '@/components/analysis/hooks';
import ShopPicker from '@/components/analysis/ShopPicker';
import TipCard from '@/components/analysis/TipCard';
import '@/components/analysis/analysis.css';
import type { ShopRow } from '@/lib/db';

/**
 * 诊断 (docs/domain.md#diagnosis): dated tips ranked by how much they matter, each with the numbers behind it,
 * a way to those numbers and a link to the console page where to act.
 */
export default function TipsTab() {
  const t = useT();
  const { tipBaselineDays } = useSettings().thresholds;
  const { shops, shop } = useCurrentShop();
  if (shops === undefined) return <Pending />;
  if (!shop) return <EmptyState what="analysis.empty.noShop" progress={t('empty.progress.tips', { baseline: tipBaselineDays, need: tipBaselineDays + 1, days: 0 })} />;
  return <Tips key={shop.key} shop={shop} shops={shops} />;
}

function Tips({ shop, shops }: { shop: ShopRow; shops: ShopRow[] }) {
  const t = useT();
  const today = useToday();
  const { tipBaselineDays } = useSettings().thresholds;
  const counts = useDayCounts(shop.key);
  const need = tipBaselineDays + 1;
  // Too few days to compare: say so, instead of "all is well".
  const tooFew = counts !== undefined && counts.shopDays < need;
  const hasDays = counts === undefined ? undefined : counts.shopDays > 0;
  const query = useBackgroundQuery('analysis.tips', { shopKey: shop.key, today });
  return (
    <div className="an-tab">
      <ShopPicker shops={shops} shop={shop} />
      <h2>{t('analysis.tips.title')}</h2>
      {tooFew ? <EmptyState what={hasDays ? 'analysis.tips.tooFew' : 'analysis.empty.noDays'} progress={t('empty.progress.tips', { baseline: tipBaselineDays, need, days: counts.shopDays })} /> : null}
      {query.status !== 'ready' ? (
        <Pending error={query.status === 'error' ? query.error : undefined} />
      ) : query.data.tips.length === 0 ? (
        tooFew ? null : (
          <div className="empty" role="status">
            <p>{t('analysis.tips.none')}</p>
            <p>{t('analysis.tips.checked')}</p>
          </div>
        )
      ) : (
        <>
          <p className="muted">{t('analysis.tips.hint', { count: query.data.tips.length })}</p>
          <ol className="an-tips" data-testid="tips">
            {query.data.tips.map((tip) => (
              <TipCard key={tip.id} tip={tip} platform={query.data.platform} currency={shop.currency} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
