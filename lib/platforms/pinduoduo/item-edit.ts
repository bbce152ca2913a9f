import { firstMatch, inputByLabel, isControlWithText, param, priceOf, type ItemEditPage } from '@/lib/title/edit-page';

/**
 * Pinduoduo 商品编辑 (mms.pinduoduo.com/goods/goods_add/index?id=…&type=edit). No real sample:
 * found by the form's row labels, which sellers see as 商品标题 / 拼单价 / 商品轮播图.
 * Checked against the reconstruction tests/fixtures/console/pinduoduo/item-edit.html.
 */
export const itemEdit: ItemEditPage = {
  titleRuleId: 'pinduoduo',
  titleField: (root) =>
    inputByLabel(root, ['商品标题', '商品名称']) ??
    // seen 2026-11 (reconstruction): the placeholder
    (firstMatch(root, ['input[placeholder*="商品标题"]', 'textarea[placeholder*="商品标题"]']) as HTMLInputElement | null),
  itemId: (url) => param(url, 'id', 'goods_id'),
  isSaveControl: (el) => isControlWithText(el, ['提交并上架', '提交', '提交修改', '保存并提交']),
  price: (root) => priceOf(inputByLabel(root, ['拼单价', '价格'])),
  mainImage: (root) => firstMatch(root, ['[data-field="carousel"] img', '.goods-carousel img'])?.getAttribute('src') ?? undefined,
  guardAnchor: (field) => field.closest('.pdd-input-wrapper') ?? field,
};
