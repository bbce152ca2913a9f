import { firstMatch, inputByLabel, isControlWithText, param, priceOf, type ItemEditPage } from '@/lib/title/edit-page';

/**
 * Amazon Seller Central listing edit (sellercentral.amazon.com/abis/listing/edit?asin=…&sku=…).
 * Seller Central's Katal web components (kat-input, kat-button) keep the real <input> in an open
 * shadow root and carry the label as an attribute; inputByLabel looks inside. No real sample:
 * checked against the reconstruction tests/fixtures/console/amazon/item-edit.html.
 */
export const itemEdit: ItemEditPage = {
  titleRuleId: 'amazon',
  titleField: (root) =>
    inputByLabel(root, ['Item Name', 'Product Name', 'Product Title', 'Title']) ??
    // seen 2026-11 (reconstruction): the attribute name of the title field
    (firstMatch(root, ['input[name="item_name"]', 'textarea[name="item_name"]']) as HTMLInputElement | null),
  itemId: (url) => param(url, 'asin', 'sku'),
  isSaveControl: (el) => isControlWithText(el, ['Save and finish', 'Submit', 'Save and submit']),
  price: (root) => priceOf(inputByLabel(root, ['Your Price', 'Price'])),
  mainImage: (root) => firstMatch(root, ['[data-image-variant="MAIN"] img'])?.getAttribute('src') ?? undefined,
  guardAnchor: (field) => {
    // The input lives in a kat-input's shadow root: place the guard after the host element.
    const host = (field.getRootNode() as ShadowRoot).host;
    return host ?? field;
  },
};
