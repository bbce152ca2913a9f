import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import { useT } from '@/components/app/i18n';
import { useSettings } from '@/components/app/settings-store';
import EmptyState, { FEEDING_PAGES, Pending } from '@/components/analysis/EmptyState';
import { useAnalysisStore, useBackgroundQuery, useCurrentShop, useDayCounts, useToday, type Query } from '@/components/analysis/hooks';
import LifecycleSection from '@/components/analysis/items/LifecycleSection';
import { DelistSection, HeroSection, RatingsSection } from '@/components/analysis/items/PicksSections';
import QuadrantSection from '@/components/analysis/items/QuadrantSection';
import ShopPicker from '@/components/analysis/ShopPicker';
import '@/components/analysis/analysis.css';
import { db, type ShopRow } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';

/**
 * 宝贝 (docs/domain.md#items): lifecycle stages from weekly trends, hero and delist candidates, rating-floor
 * warnings and the price × conversion quadrants. The background computes them from the item
 * rollups; this tab only shows the answers.
 */
export default function ItemsTab() {
  const t = useT();
  const { shops, shop } = useCurrentShop();
  if (shops === undefined) return <Pending />;
  if (!shop) return <EmptyState what="analysis.empty.noShop" progress={t('empty.progress.items', { days: 0 })} page={FEEDING_PAGES.items} />;
  return <Items key={shop.key} shop={shop} shops={shops} />;
}

function Items({ shop, shops }: { shop: ShopRow; shops: ShopRow[] }) {
  const t = useT();
  const today = useToday();
  const counts = useDayCounts(shop.key);
  const thresholds = useSettings().thresholds;
  const focus = useAnalysisStore((s) => s.focus);
  const hasItems = useLiveQuery(
    async () =>
      (await db.items.where('shopKey').equals(shop.key).first()) !== undefined ||
      (await db.itemDaily.where('[shopKey+date]').between([shop.key, ''], [shop.key, '\uffff']).first()) !== undefined,
    [shop.key],
  );
  const payload = hasItems ? { shopKey: shop.key, today } : undefined;
  const lifecycle = useBackgroundQuery('analysis.lifecycle', payload);
  const picks = useBackgroundQuery('analysis.picks', payload);
  const quadrant = useBackgroundQuery('analysis.quadrant', payload);

  useEffect(() => {
    if (focus) document.getElementById(`an-sec-${focus}`)?.scrollIntoView({ block: 'start' });
  }, [focus, lifecycle.status, picks.status]);

  if (hasItems === undefined) return <Pending />;
  return (
    <div className="an-tab">
      <ShopPicker shops={shops} shop={shop} />
      {!hasItems ? (
        <EmptyState what="analysis.empty.noItems" progress={t('empty.progress.items', { days: counts?.itemDays ?? 0 })} page={FEEDING_PAGES.items} />
      ) : (
        <>
          {counts && counts.itemDays < 21 ? <p className="an-progress">{t('empty.progress.items', { days: counts.itemDays })}</p> : null}
          <Section id="lifecycle" title="analysis.lifecycle.title" query={lifecycle}>
            {(data) => <LifecycleSection data={data} currency={shop.currency} />}
          </Section>
          <Section id="hero" title="analysis.hero.title" query={picks}>
            {(data) => <HeroSection data={data} thresholds={thresholds} platform={shop.platform} />}
          </Section>
          <Section id="delist" title="analysis.delist.title" query={picks}>
            {(data) => <DelistSection data={data} thresholds={thresholds} platform={shop.platform} />}
          </Section>
          <Section id="ratings" title="analysis.ratings.title" query={picks}>
            {(data) => <RatingsSection data={data} thresholds={thresholds} platform={shop.platform} />}
          </Section>
          <Section id="quadrant" title="analysis.quadrant.title" query={quadrant}>
            {(data) => <QuadrantSection data={data} currency={shop.currency} />}
          </Section>
        </>
      )}
    </div>
  );
}

function Section<T>({ id, title, query, children }: { id: string; title: MessageKey; query: Query<T>; children(data: T): ReactNode }) {
  const t = useT();
  return (
    <section id={`an-sec-${id}`} className="an-section" aria-labelledby={`an-h-${id}`} aria-busy={query.status === 'loading'}>
      <h2 id={`an-h-${id}`}>{t(title)}</h2>
      {query.status === 'ready' ? children(query.data) : <Pending error={query.status === 'error' ? query.error : undefined} />}
    </section>
  );
}
