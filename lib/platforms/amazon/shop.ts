import { cleanText, type ShopIdentity } from '@/lib/shops/identity';
import { attributeAt, identityOf, textAt } from '../shop-dom';

/**
 * Which Amazon account the page belongs to: the merchant *and* the marketplace, as Seller
 * Central's partner switcher shows them ("Acme Home | United States"). One merchant selling in
 * two marketplaces is two shops here: their money is in different currencies and their
 * consoles report separately. Reconstructed (no saved page; the fixtures under
 * tests/fixtures/console/amazon/ show this markup, seen 2026-12).
 */
export function readShop(root: ParentNode): ShopIdentity | undefined {
  const switcher = '#partner-switcher';
  const found = identityOf([
    {
      id: attributeAt(root, `${switcher}[data-merchant_selection]`, 'data-merchant_selection'),
      name: textAt(root, `${switcher} .partner-label`),
    },
  ]);
  if (!found) return undefined;
  const market = identityOf([
    {
      id: attributeAt(root, `${switcher}[data-marketplace_selection]`, 'data-marketplace_selection'),
      name: textAt(root, `${switcher} .marketplace-label`),
    },
  ]);
  return {
    ...(found.id ? { id: market?.id ? `${found.id}@${market.id}` : found.id } : {}),
    ...(found.name ? { name: cleanText(market?.name ? `${found.name} · ${market.name}` : found.name) } : {}),
  };
}
