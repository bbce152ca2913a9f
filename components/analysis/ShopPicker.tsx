import { useId } from 'react';
import { useT } from '@/components/app/i18n';
import type { ShopRow } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { useAnalysisStore } from './hooks';

/** The shop's name as the seller knows it: 示例店铺 for the sample, their own label, else the console's name. */
export const shopName = (shop: Pick<ShopRow, 'label' | 'name' | 'shopId' | 'sample'>, t: (k: MessageKey) => string) =>
  shop.sample ? t('sample.name') : (shop.label ?? shop.name ?? (shop.shopId === 'default' ? t('analysis.shop.unnamed') : shop.shopId));

export const shopLabel = (shop: ShopRow, t: (k: MessageKey) => string) => `${shopName(shop, t)} · ${t(`platform.${shop.platform}` as MessageKey)}`;

/** Which shop the analysis shows: a select when ShopMate knows several, the shop's name otherwise. */
export default function ShopPicker({ shops, shop }: { shops: ShopRow[]; shop: ShopRow }) {
  const t = useT();
  const id = useId();
  const setShop = useAnalysisStore((s) => s.setShop);
  if (shops.length < 2) return <p className="an-shop muted">{shopLabel(shop, t)}</p>;
  return (
    <p className="an-shop">
      <label htmlFor={id}>{t('analysis.shop.pick')}</label>{' '}
      <select id={id} value={shop.key} onChange={(e) => setShop(e.target.value)}>
        {shops.map((s) => (
          <option key={s.key} value={s.key}>
            {shopLabel(s, t)}
          </option>
        ))}
      </select>
    </p>
  );
}
