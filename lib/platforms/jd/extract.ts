import type { RatingLabels } from '@/lib/extract/rating';
import { consoleLabels } from '@/lib/extract/synonyms';
import { findDateMarkers } from '@/lib/extract/page-date';
import { readItemTable, readShopDays, withShopRating, type ItemColumns } from '../shop-item-readers';
import type { Extraction, ReadContext } from '../types';
import { once } from '@/lib/once';

/**
 * 京东商智 and 京麦 pages read by label: 商智 首页/实时看板/交易概况/流量 cards (a section dated by
 * 更新时间/统计时间 holds that day; 实时 pages without a date show today), 京麦 商品管理 facts
 * (title, 京东价, 库存, status) and 商智 商品明细 rows (per-day numbers when the page names its day).
 * Label words as 商智 prints them (成交金额, 成交单量, 成交客户数, 成交商品件数 …).
 */
/** This console's words for the shop's numbers, from the metric catalogue (lib/model/catalogue.ts). */
export const shopLabels = once(() => consoleLabels('jd', 'shop'));

/**
 * 店铺评分 as 京麦 prints it: 商品评价 / 物流履约 / 售后服务, each out of 10 (an overall 店铺评分
 * where one is shown). Stored out of 5 like every platform's DSR, so the one rating floor applies:
 * 9.65 / 10 → 4.825 (lib/extract/rating.ts).
 */
export const RATING: RatingLabels = {
  overall: ['店铺综合评分', '店铺评分'],
  dimensions: [['商品评价', '用户评价', '商品评价满意度'], ['物流履约', '物流履约满意度', '物流服务'], ['售后服务', '售后服务满意度']],
  scale: 10,
};

export const itemColumns = once(() => ({
  ...consoleLabels('jd', 'item'),
  itemId: ['商品编号', 'SKU', 'SKU编号', 'SKU ID', '商品ID'],
  title: ['商品名称', '商品信息', '商品'],
  price: ['京东价', '价格', '售价'],
  stock: ['库存', '可售库存', '总库存'],
  status: ['状态', '商品状态'],
} as const satisfies ItemColumns));

const JD_ID = /^\d{5,20}$/;

// Its first branches (reviews, shop-day pages) read as douyin's do: the calls are the shared
// readers with this console's own labels; the item list differs (id pattern, date marker).
export function readDom(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  if (ctx.pageKind === 'reviews') return withShopRating(undefined, root, ctx, RATING);
  if (ctx.pageKind === 'dashboard' || ctx.pageKind === 'trade' || ctx.pageKind === 'traffic') {
    const numbers = readShopDays(root, ctx, shopLabels(), { itemColumns: { itemId: itemColumns().itemId, title: itemColumns().title } });
    return ctx.pageKind === 'dashboard' ? withShopRating(numbers, root, ctx, RATING) : numbers;
  }
  if (ctx.pageKind === 'itemList') {
    const onShangzhi = ctx.url.hostname !== 'shop.jd.com';
    // 商智 says which day its table shows; 京麦's list (销量 = a running total) gives facts only.
    const marker = onShangzhi ? findDateMarkers(root, ctx.today)[0] : undefined;
    return readItemTable(root, itemColumns(), {
      idPattern: JD_ID,
      linkPattern: /item\.jd\.com\/(\d{5,20})\.html/,
      linkParams: ['wareId', 'skuId'],
      idPrefixes: ['商品编号', 'SKU', 'ID'],
      date: marker && !marker.range ? marker.date : undefined,
      statusWords: { onSale: ['在售', '出售中', '上柜'], delisted: ['下柜', '已下架', '待售', '仓库'] },
      defaultStatus: /\/onsaleware$/i.test(ctx.url.pathname) ? 'onSale' : undefined,
    });
  }
  return undefined;
}
