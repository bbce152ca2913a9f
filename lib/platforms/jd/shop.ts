import type { ShopIdentity } from '@/lib/shops/identity';
import { fieldAt, identityOf, textAt } from '../shop-dom';

/**
 * Which 京东 shop the page belongs to: the shop name in the 京麦 / 京东商智 header and the
 * vender id the page keeps in a hidden field (`venderId`). Reconstructed (no saved page; the
 * fixtures under tests/fixtures/console/jd/ show this markup, seen 2026-12).
 */
export function readShop(root: ParentNode): ShopIdentity | undefined {
  return identityOf([{ id: fieldAt(root, 'input#venderId, input[name="venderId"]'), name: textAt(root, '.shop-name') }]);
}
