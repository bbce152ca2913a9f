import type { MessageKey } from '@/lib/i18n';
import type { PageKind } from '@/lib/model/consoles';

/**
 * The name each console gives the page a read came from, for the side panel's 今日 list: the
 * generic page kinds (首页概况, 商品列表) misname most pages — Amazon's daily figures come from
 * Business Reports, 生意参谋's item table is 商品排行. Host + path prefix (lower case, no trailing
 * slash) → name; the first match wins, so longer prefixes come first; home pages match exactly (千牛's
 * apps all live below /home.htm/). Anything else keeps its
 * page kind's name. URLs as in each platform's pages.ts (seen 2026-11).
 */
const PAGE_NAMES: readonly { host: string; prefixes: readonly string[]; name: MessageKey; exact?: true }[] = [
  { host: 'sycm.taobao.com', prefixes: ['', '/portal/home.htm', '/portal/home'], name: 'pageName.sycmHome', exact: true },
  { host: 'sycm.taobao.com', prefixes: ['/cc/item_rank'], name: 'pageName.sycmItemRank' },
  { host: 'sycm.taobao.com', prefixes: ['/cc/item_archives'], name: 'pageName.sycmItem360' },
  { host: 'sycm.taobao.com', prefixes: ['/cc/macroscopic_monitor', '/cc/macro_monitor'], name: 'pageName.sycmMacro' },
  { host: 'myseller.taobao.com', prefixes: ['/home.htm/sellmanage'], name: 'pageName.qianniuItems' },
  { host: 'myseller.taobao.com', prefixes: ['/home.htm', '/home.htm/qnworkbenchhome'], name: 'pageName.qianniuHome', exact: true },
  { host: 'mms.pinduoduo.com', prefixes: ['/sycm'], name: 'pageName.pddDataCenter' },
  { host: 'mms.pinduoduo.com', prefixes: ['', '/home', '/home/index'], name: 'pageName.pddHome', exact: true },
  { host: 'jdsz.jd.com', prefixes: ['', '/szweb/view/index/home.html'], name: 'pageName.jdShangzhiHome', exact: true },
  { host: 'sz.jd.com', prefixes: ['', '/index.html', '/sz/view/index/index.html'], name: 'pageName.jdShangzhiHome', exact: true },
  { host: 'shop.jd.com', prefixes: ['/jdm/ware/manage'], name: 'pageName.jdWareManage' },
  { host: 'compass.jinritemai.com', prefixes: ['/shop/commodity/product-list'], name: 'pageName.compassItems' },
  { host: 'compass.jinritemai.com', prefixes: ['', '/shop', '/shop/core-data', '/shop/overview'], name: 'pageName.compassOverview', exact: true },
  { host: 'fxg.jinritemai.com', prefixes: ['/ffa/g/list'], name: 'pageName.doudianItems' },
  { host: 'sellercentral.amazon.com', prefixes: ['/business-reports', '/gp/site-metrics'], name: 'pageName.amazonBusinessReports' },
  { host: 'sellercentral-europe.amazon.com', prefixes: ['/business-reports', '/gp/site-metrics'], name: 'pageName.amazonBusinessReports' },
  { host: 'sellercentral-japan.amazon.com', prefixes: ['/business-reports', '/gp/site-metrics'], name: 'pageName.amazonBusinessReports' },
  { host: 'sellercentral.amazon.com', prefixes: ['/myinventory/inventory', '/inventory', '/hz/inventory'], name: 'pageName.amazonInventory' },
  { host: 'sellercentral.amazon.com', prefixes: ['/feedback-manager'], name: 'pageName.amazonFeedback' },
];

/** The page's own name in its console, else the name of its kind. */
export function pageNameOf(url: string, kind: PageKind): MessageKey {
  if (URL.canParse(url)) {
    const u = new URL(url);
    const path = u.pathname.replace(/\/+$/, '').toLowerCase();
    const hit = PAGE_NAMES.find((p) => p.host === u.hostname && p.prefixes.some((x) => path === x || (!p.exact && path.startsWith(`${x}/`))));
    if (hit) return hit.name;
  }
  return `page.${kind}` as MessageKey;
}
