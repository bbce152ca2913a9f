import type { RatingLabels } from '@/lib/extract/rating';
import { consoleLabels } from '@/lib/extract/synonyms';
import { findDateMarkers } from '@/lib/extract/page-date';
import { readItemTable, readShopDays, withShopRating, type ItemColumns } from '../shop-item-readers';
import type { Extraction, ReadContext } from '../types';
import { once } from '@/lib/once';

/**
 * 抖店 and 罗盘 pages read by label: 罗盘 经营概览 cards and 抖店 首页 今日数据 (a section dated by
 * 统计时间/更新时间 holds that day, undated = today), 抖店 商品管理 facts (title, price, stock,
 * status) and 罗盘 商品列表 rows (per-day numbers when the page names its day).
 * Not stored: 访客价值/UV价值 (money per visitor) and 商品访客数 as the shop's visitors (it
 * counts product-page visitors only).
 */
/** This console's words for the shop's numbers, from the metric catalogue (lib/model/catalogue.ts). */
export const shopLabels = once(() => consoleLabels('douyin', 'shop'));

/**
 * The shop's rating as buyers see it: 店铺口碑分 / 店铺评分, out of 5. Not 商家体验分: that is
 * scored out of 100 (商品/物流/服务体验), another measure than a DSR (lib/extract/rating.ts).
 */
export const RATING: RatingLabels = { overall: ['店铺口碑分', '口碑分', '店铺评分'] };

export const itemColumns = once(() => ({
  ...consoleLabels('douyin', 'item'),
  itemId: ['商品ID', 'ID'],
  title: ['商品信息', '商品名称', '商品'],
  price: ['价格', '售价', '商品价格'],
  stock: ['库存', '总库存'],
  status: ['状态', '商品状态'],
} as const satisfies ItemColumns));

const PRODUCT_ID = /^\d{5,25}$/;

// Its first branches (reviews, shop-day pages) read as jd's do: the calls are the shared
// readers with this console's own labels; the item list differs (id pattern, date marker).
export function readDom(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  if (ctx.pageKind === 'reviews') return withShopRating(undefined, root, ctx, RATING);
  if (ctx.pageKind === 'dashboard' || ctx.pageKind === 'trade' || ctx.pageKind === 'traffic') {
    const numbers = readShopDays(root, ctx, shopLabels(), { itemColumns: { itemId: itemColumns().itemId, title: itemColumns().title } });
    return ctx.pageKind === 'dashboard' ? withShopRating(numbers, root, ctx, RATING) : numbers;
  }
  if (ctx.pageKind === 'itemList') {
    const onCompass = ctx.url.hostname === 'compass.jinritemai.com';
    const marker = onCompass ? findDateMarkers(root, ctx.today)[0] : undefined;
    return readItemTable(root, itemColumns(), {
      idPattern: PRODUCT_ID,
      linkParams: ['product_id', 'id'],
      idPrefixes: ['商品ID', 'ID'],
      date: marker && !marker.range ? marker.date : undefined,
      statusWords: { onSale: ['在售', '售卖中', '上架'], delisted: ['已下架', '下架', '仓库中', '封禁'] },
    });
  }
  return undefined;
}
