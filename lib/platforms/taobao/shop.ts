import { shopOfNick, type ShopIdentity } from '@/lib/shops/identity';
import { attributeAt, identityOf, textAt } from '../shop-dom';

/**
 * Which Taobao/Tmall shop the page belongs to. Reconstructed from descriptions of the consoles
 * (no saved page; the fixtures under tests/fixtures/console/taobao/ show this markup):
 * - 生意参谋 header: the shop's name with its shop id (seen 2026-11, sycm-home fixture);
 * - 千牛 / 生意参谋 account nick: `店铺名` for the main account, `店铺名:子账号` for a
 *   sub-account — the shop is the part before the colon (seen 2026-12, checklist fixtures).
 */
export function readShop(root: ParentNode): ShopIdentity | undefined {
  return identityOf([
    { id: attributeAt(root, '.shop-name[data-shop-id]', 'data-shop-id'), name: textAt(root, '.shop-name') },
    { name: textAt(root, '.user-nick', (nick) => shopOfNick(nick).shop) },
  ]);
}
