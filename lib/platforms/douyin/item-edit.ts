import { firstMatch, inputByLabel, isControlWithText, param, priceOf, type ItemEditPage } from '@/lib/title/edit-page';

/**
 * Douyin 抖店 商品编辑 (fxg.jinritemai.com/ffa/g/create?product_id=…). No real sample: found by
 * row labels 商品标题 / 售价 / 主图. Checked against the reconstruction tests/fixtures/console/douyin/item-edit.html.
 */
export const itemEdit: ItemEditPage = {
  titleRuleId: 'douyin',
  titleField: (root) =>
    inputByLabel(root, ['商品标题', '商品名称']) ??
    // seen 2026-11 (reconstruction): the placeholder
    (firstMatch(root, ['input[placeholder*="商品标题"]']) as HTMLInputElement | null),
  itemId: (url) => param(url, 'product_id', 'productId'),
  isSaveControl: (el) => isControlWithText(el, ['发布商品', '提交审核', '发布', '保存并发布']),
  price: (root) => priceOf(inputByLabel(root, ['售价', '价格'])),
  mainImage: (root) => firstMatch(root, ['[data-field="mainImage"] img', '.main-image img'])?.getAttribute('src') ?? undefined,
  guardAnchor: (field) => field.closest('.ecom-input-wrapper') ?? field,
};
