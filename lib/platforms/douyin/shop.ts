import type { ShopIdentity } from '@/lib/shops/identity';
import { identityOf, labelledAt, textAt } from '../shop-dom';

/**
 * Which 抖店 shop the page belongs to: the shop name and `店铺ID：…` in the 抖店 / 电商罗盘
 * header's account area. Reconstructed (no saved page; the fixtures under
 * tests/fixtures/console/douyin/ show this markup, seen 2026-12).
 */
export function readShop(root: ParentNode): ShopIdentity | undefined {
  return identityOf([{ id: labelledAt(root, '.shop-id', /店铺ID\s*[:：]\s*(\d{3,24})/), name: textAt(root, '.shop-name') }]);
}
