import type { ShopIdentity } from '@/lib/shops/identity';
import { identityOf, labelledAt, textAt } from '../shop-dom';

/**
 * Which 拼多多 shop (mall) the page belongs to: the mall name and `店铺ID：…` in the 商家后台
 * header's account area. Reconstructed (no saved page; the fixtures under
 * tests/fixtures/console/pinduoduo/ show this markup, seen 2026-12).
 */
export function readShop(root: ParentNode): ShopIdentity | undefined {
  return identityOf([{ id: labelledAt(root, '.mall-id', /店铺ID\s*[:：]\s*(\d{3,20})/), name: textAt(root, '.mall-name') }]);
}
