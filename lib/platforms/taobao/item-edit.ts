import {
  firstMatch,
  inputByLabel,
  isControlWithText,
  param,
  priceOf,
  textInputIn,
  type ItemEditPage,
} from '@/lib/title/edit-page';

/**
 * Taobao/Tmall 宝贝发布/编辑 (item.upload.taobao.com/sell/v2/publish.htm?itemId=…).
 * Real facts (docs/console-facts.md#taobao-item-edit): the title is an input inside #sell-field-title,
 * placeholder 最多允许输入30个汉字, max 60 bytes; rows are labelled by
 * span.sell-component-info-wrapper-label. Checked against tests/fixtures/console/taobao/item-edit.html.
 */
const ROW_LABEL = 'span.sell-component-info-wrapper-label';

export const itemEdit: ItemEditPage = {
  titleRuleId: 'taobao',
  titleField: (root) =>
    textInputIn(root.querySelector('#sell-field-title')) ??
    // seen 2026-11: the placeholder names the 30-character limit
    (firstMatch(root, ['input[placeholder*="最多允许输入30个汉字"]']) as HTMLInputElement | null) ??
    // seen 2026-11: the row label, if the field id changes
    inputByLabel(root, ['宝贝标题', '商品标题'], ROW_LABEL),
  itemId: (url, root) =>
    param(url, 'itemId', 'id') ??
    ((root.querySelector('input[name="itemId"]') as HTMLInputElement | null)?.value.trim() || undefined),
  isSaveControl: (el) => isControlWithText(el, ['提交宝贝信息', '提交', '发布', '确认修改']),
  price: (root) =>
    priceOf(textInputIn(root.querySelector('#sell-field-price')) ?? inputByLabel(root, ['一口价', '价格'], ROW_LABEL)),
  mainImage: (root) =>
    firstMatch(root, ['#sell-field-mainImagesGroup img', '#sell-field-mainImage img'])?.getAttribute('src') ?? undefined,
  // Below the input box, inside the row's right column.
  guardAnchor: (field) => field.closest('.next-input') ?? field,
};
