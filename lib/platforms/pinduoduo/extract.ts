import { parseReportDate, plausibleDay } from '@/lib/import/values';
import type { RatingLabels } from '@/lib/extract/rating';
import { CN_DSR_DIMENSIONS, consoleLabels } from '@/lib/extract/synonyms';
import { readItemTable, readShopDays, withShopRating, type ItemColumns } from '../shop-item-readers';
import type { Extraction, ReadContext } from '../types';
import { once } from '@/lib/once';

/**
 * 拼多多商家后台 pages read by label. The 数据中心 (/sycm) draws its digits with a per-load
 * obfuscating font (private-use characters): those values are unreadable and stay missing —
 * the numbers come from the page's own JSON (./readers.ts). What the DOM still gives: the
 * 首页 "今日数据" cards (plain digits), 商品列表 facts (title, price, stock, status), and any
 * 数据中心 value that happens to be printed in plain digits.
 * Label words as the console prints them (public seller tools, 2026-11).
 */
/** This console's words for the shop's numbers, from the metric catalogue (lib/model/catalogue.ts). */
export const shopLabels = once(() => consoleLabels('pinduoduo', 'shop'));

/**
 * 店铺评分 (DSR, out of 5) on 首页 and 评价管理: 店铺评价分 where one score is printed, else the
 * lowest of 描述相符 / 物流服务 / 服务态度 (lib/extract/rating.ts). Digits drawn in the obfuscating
 * font are unreadable there too.
 */
export const RATING: RatingLabels = {
  overall: ['店铺评价分', '店铺DSR', 'DSR', '店铺评分'],
  dimensions: CN_DSR_DIMENSIONS,
};

export const itemColumns = once(() => ({
  ...consoleLabels('pinduoduo', 'item'),
  itemId: ['商品ID', '商品编号', 'ID'],
  title: ['商品名称', '商品信息', '商品', '商品标题'],
  price: ['拼单价', '价格', '团购价', '售价'],
  stock: ['库存', '总库存', '可售库存'],
  status: ['状态', '商品状态'],
} as const satisfies ItemColumns));

const GOODS_ID = /^\d{5,20}$/;

/** 数据中心 pages say their day in the URL: ?dateFlag=5&day=2026-11-21 (a single day). */
function urlDay(ctx: ReadContext): string | undefined {
  const day = parseReportDate(ctx.url.searchParams.get('day') ?? undefined);
  return plausibleDay(day, ctx.today) ? day : undefined;
}

const onDataCenter = (ctx: ReadContext) => ctx.url.pathname.startsWith('/sycm/');

export function readDom(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  if (ctx.pageKind === 'reviews') return withShopRating(undefined, root, ctx, RATING);
  if (ctx.pageKind === 'dashboard') return withShopRating(readShopNumbers(root, ctx), root, ctx, RATING);
  if (ctx.pageKind === 'traffic' || ctx.pageKind === 'trade') return readShopNumbers(root, ctx);
  if (ctx.pageKind === 'itemList') {
    return readItemTable(root, itemColumns(), {
      idPattern: GOODS_ID,
      linkParams: ['goods_id', 'goodsId', 'id'],
      idPrefixes: ['商品ID', 'ID'],
      date: onDataCenter(ctx) ? urlDay(ctx) : undefined,
      statusWords: { onSale: ['在售', '出售中', '上架'], delisted: ['已下架', '下架', '仓库中', '售罄'] },
      defaultStatus: ctx.url.pathname.startsWith('/goods/goods_list') && ctx.url.searchParams.get('tab') === 'onsale' ? 'onSale' : undefined,
    });
  }
  return undefined;
}

function readShopNumbers(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  return readShopDays(root, ctx, shopLabels(), {
    itemColumns: { itemId: itemColumns().itemId, title: itemColumns().title },
    // 首页's 今日数据 is today; a 数据中心 page without a date shows the day its URL names, if any.
    undatedDay: (c) => (onDataCenter(c) ? urlDay(c) : c.today),
  });
}
