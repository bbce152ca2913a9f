import type { LabelSynonyms } from '@/lib/extract/labels';
import { CN_ITEM_LABELS, CN_SHOP_LABELS } from '@/lib/extract/synonyms';
import { findDateMarkers } from '@/lib/extract/page-date';
import type { ShopMetricKey } from '@/lib/model/metrics';
import { readItemTable, readShopDays, type ItemColumns } from '../console-dom';
import type { Extraction, ReadContext } from '../types';

/**
 * 京东商智 and 京麦 pages read by label: 商智 首页/实时看板/交易概况/流量 cards (a section dated by
 * 更新时间/统计时间 holds that day; 实时 pages without a date show today), 京麦 商品管理 facts
 * (title, 京东价, 库存, status) and 商智 商品明细 rows (per-day numbers when the page names its day).
 * Label words as 商智 prints them (成交金额, 成交单量, 成交客户数, 成交商品件数 …).
 */
export const SHOP_LABELS = {
  ...CN_SHOP_LABELS,
  uv: ['访客数', '进店访客数', 'UV'],
  pv: ['浏览量', '进店浏览量', 'PV'],
  salesAmount: ['成交金额', '今日成交金额累计', '支付金额', '销售额'],
  unitsSold: ['成交商品件数', '成交件数'],
  orders: ['成交单量', '成交订单数'],
  paidBuyers: ['成交客户数', '成交人数', '成交买家数'],
  conversionRate: ['成交转化率', '转化率'],
  aov: ['客单价'],
} as const satisfies LabelSynonyms<ShopMetricKey>;

export const ITEM_COLUMNS = {
  ...CN_ITEM_LABELS,
  itemId: ['商品编号', 'SKU', 'SKU编号', 'SKU ID', '商品ID'],
  title: ['商品名称', '商品信息', '商品'],
  price: ['京东价', '价格', '售价'],
  stock: ['库存', '可售库存', '总库存'],
  status: ['状态', '商品状态'],
  salesAmount: ['成交金额'],
  unitsSold: ['成交商品件数', '成交件数'],
  paidBuyers: ['成交客户数'],
  conversionRate: ['成交转化率'],
} as const satisfies ItemColumns;

const JD_ID = /^\d{5,20}$/;

export function readDom(root: ParentNode, ctx: ReadContext): Extraction | undefined {
  if (ctx.pageKind === 'dashboard' || ctx.pageKind === 'trade' || ctx.pageKind === 'traffic') {
    return readShopDays(root, ctx, SHOP_LABELS, { itemColumns: { itemId: ITEM_COLUMNS.itemId, title: ITEM_COLUMNS.title } });
  }
  if (ctx.pageKind === 'itemList') {
    const onShangzhi = ctx.url.hostname !== 'shop.jd.com';
    // 商智 says which day its table shows; 京麦's list (销量 = a running total) gives facts only.
    const marker = onShangzhi ? findDateMarkers(root, ctx.today)[0] : undefined;
    return readItemTable(root, ITEM_COLUMNS, {
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
