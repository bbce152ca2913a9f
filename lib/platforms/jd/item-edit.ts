import { firstMatch, inputByLabel, isControlWithText, param, priceOf, type ItemEditPage } from '@/lib/title/edit-page';

/**
 * JD 商品编辑 (shop.jd.com/jdm/ware/edit?wareId=…). No real sample: found by row labels
 * 商品名称 / 京东价 / 商品图片. Checked against the reconstruction tests/fixtures/console/jd/item-edit.html.
 */
export const itemEdit: ItemEditPage = {
  titleRuleId: 'jd',
  titleField: (root) =>
    inputByLabel(root, ['商品名称', '商品标题']) ??
    // seen 2026-11 (reconstruction): the field name
    (firstMatch(root, ['input[name="wareName"]', 'input[name="title"]']) as HTMLInputElement | null),
  itemId: (url) => param(url, 'wareId', 'skuId'),
  isSaveControl: (el) => isControlWithText(el, ['提交', '提交审核', '保存并提交', '发布']),
  price: (root) => priceOf(inputByLabel(root, ['京东价', '价格'])),
  mainImage: (root) => firstMatch(root, ['[data-field="wareImages"] img', '.ware-images img'])?.getAttribute('src') ?? undefined,
  guardAnchor: (field) => field.closest('.jd-input-wrap') ?? field,
};
