import { readTableByHeaders } from '@/lib/extract/labels';
import { LISTED_DATE_HEADERS, listedDateOf } from '@/lib/extract/listing-date';
import { parseConsoleNumber } from '@/lib/extract/number';
import { findDateMarkers, singleDay } from '@/lib/extract/page-date';
import type { RatingLabels } from '@/lib/extract/rating';
import { CN_DSR_DIMENSIONS, consoleLabels } from '@/lib/extract/synonyms';
import { ITEM_METRIC_KEYS, type ItemMetrics } from '@/lib/model/metrics';
import { kindOf } from '@/lib/extract/kinds';
import { readShopDays, withShopRating } from '../shop-item-readers';
import type { ExtractedItem, Extraction, ReadContext } from '../types';
import { once } from '@/lib/once';

/**
 * 生意参谋 / 千牛 pages read by label (lib/extract/labels.ts): shop numbers on 首页/流量/交易,
 * item tables on 商品排行/商品管理, the shop's DSR on 首页 and 评价 pages. Runs in the content script: no zod here (kept small);
 * the background validates every extraction at the message boundary.
 */

const ITEM_ID = /^\d{5,20}$/;

/** Label texts on Taobao pages (生意参谋, 千牛): the shared Chinese words plus Taobao's own. */
/** This console's words for the shop's numbers, from the metric catalogue (lib/model/catalogue.ts). */
export const shopLabels = once(() => consoleLabels('taobao', 'shop'));

/**
 * The shop's DSR (店铺动态评分, out of 5): 店铺综合体验分 where 千牛 prints that one score, else
 * the lowest of 描述相符 / 服务态度 / 物流服务 (lib/extract/rating.ts).
 */
export const RATING: RatingLabels = {
  overall: ['店铺综合体验分', '综合体验分', '店铺DSR', 'DSR', '店铺评分'],
  dimensions: CN_DSR_DIMENSIONS,
};

const itemColumns = once(() => ({
  ...consoleLabels('taobao', 'item'),
  itemId: ['商品ID', '宝贝ID', '商品id', 'ID'],
  title: ['商品名称', '宝贝名称', '商品', '宝贝', '商品信息', '宝贝信息'],
  price: ['价格', '一口价', '售价', '单价'],
  stock: ['库存', '总库存', '可售库存'],
  status: ['状态', '商品状态', '宝贝状态'],
  listedDate: LISTED_DATE_HEADERS,
} as const));

/** Columns that make a table an item list. */
const itemIdColumns = once(() => ({ itemId: itemColumns().itemId, title: itemColumns().title } as const));

/** Pages whose shop-level labels are the shop's own numbers (商品360 shows one item's). */
const SHOP_PAGES = new Set(['dashboard', 'traffic', 'trade']);

export function readDom(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  if (ctx.pageKind === 'itemList') return readItemTable(root, ctx);
  if (ctx.pageKind === 'dashboard') return withShopRating(readShopSections(root, ctx), root, ctx, RATING);
  if (SHOP_PAGES.has(ctx.pageKind)) return readShopSections(root, ctx);
  if (ctx.pageKind === 'reviews') return withShopRating(undefined, root, ctx, RATING);
  return undefined;
}

/** Shop numbers per dated section, day table or undated page (lib/platforms/shop-item-readers.ts). */
export const readShopSections = (root: ParentNode, ctx: ReadContext): Extraction | undefined =>
  readShopDays(root, ctx, shopLabels(), { itemColumns: itemIdColumns() });

/**
 * 商品排行 / 商品管理 tables. Per-day item numbers only when the page says which single day it
 * shows (统计日期 …, or the URL's dateRange); 千牛's list (销量 = a running total) gives facts only.
 */
export function readItemTable(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  const table = readTableByHeaders(root, itemColumns(), { minColumns: 2 });
  if (!table) return undefined;
  const onSycm = ctx.url.hostname === 'sycm.taobao.com';
  const marker = findDateMarkers(root, ctx.today)[0];
  const date = onSycm ? (singleDay(ctx.url.searchParams.get('dateRange')) ?? (marker && !marker.range ? marker.date : undefined)) : undefined;
  const status = statusFromUrl(ctx.url);

  const items: ExtractedItem[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const itemId = itemIdOf(row.text.itemId, row.cells.title, row.text.title);
    if (!itemId || seen.has(itemId)) continue;
    seen.add(itemId);
    const item: ExtractedItem = { itemId };
    const title = titleOf(row.cells.title, row.text.title);
    if (title) item.title = title;
    const price = parseConsoleNumber(row.text.price, 'money');
    if (price !== undefined && price >= 0) item.price = price;
    const stock = parseConsoleNumber(row.text.stock, 'count');
    if (stock !== undefined && stock >= 0 && Number.isInteger(stock)) item.stock = stock;
    const rowStatus = row.text.status?.includes('下架') || row.text.status?.includes('仓库') ? 'delisted' : row.text.status?.includes('出售') ? 'onSale' : status;
    if (rowStatus) item.status = rowStatus;
    Object.assign(item, listedDateOf(row.text.listedDate, ctx.today));
    if (date) {
      const values: ItemMetrics = {};
      for (const key of ITEM_METRIC_KEYS) {
        const v = parseConsoleNumber(row.text[key], kindOf(key));
        if (v !== undefined && v >= 0) values[key] = v;
      }
      if (Object.keys(values).length) {
        item.days = [{ date, metrics: values }];
        if ((values.unitsSold ?? 0) > 0 || (values.paidBuyers ?? 0) > 0) item.lastSaleDate = date;
      }
    }
    items.push(item);
  }
  return items.length ? { shopDays: [], items } : undefined;
}


/** 千牛 商品管理 tabs: 出售中 (on_sale) and 仓库中 (in_stock). */
function statusFromUrl(url: URL): ExtractedItem['status'] {
  const p = url.pathname.toLowerCase();
  if (p.includes('/on_sale')) return 'onSale';
  if (p.includes('/in_stock')) return 'delisted';
  return undefined;
}

function itemIdOf(idText: string | undefined, titleCell: Element | undefined, titleText: string | undefined): string | undefined {
  const direct = idText?.replace(/^ID[:：]?\s*/i, '').trim();
  if (direct && ITEM_ID.test(direct)) return direct;
  // The title cell links to the item (…item.htm?id=…) or prints "ID: …" under the title.
  for (const a of titleCell?.querySelectorAll('a[href]') ?? []) {
    const m = /[?&](?:id|itemId)=(\d{5,20})(?:&|$)/.exec(a.getAttribute('href') ?? '');
    if (m) return m[1];
  }
  return /ID[:：]\s*(\d{5,20})/.exec(titleText ?? '')?.[1];
}

function titleOf(cell: Element | undefined, text: string | undefined): string | undefined {
  const linked = cell?.querySelector('a[href*="id="]')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = (linked || text?.replace(/ID[:：]\s*\d{5,20}/, '') || '').trim();
  return title ? title.slice(0, 500) : undefined;
}

