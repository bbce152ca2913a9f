import type { PageKind, PlatformId } from '@/lib/model/consoles';
import type { CaptureSource, ItemMetrics, ShopMetrics } from '@/lib/model/metrics';
import type { MessageKey } from '@/lib/i18n';
import type { ShopIdentity } from '@/lib/shops/identity';
import type { SourceColumns, SourceDay } from '@/lib/extract/traffic-sources';

import type { Currency } from '@/lib/model/currency';
export type { Currency };

/** What one read of a page yields, before the content script stamps time and source. */
export interface Extraction {
  shopId?: string;
  shopName?: string;
  /** The currency the money in this read is in; absent = the platform's (`PlatformAdapter.currency`). */
  currency?: Currency;
  /** Shop-level metrics per business date ('YYYY-MM-DD'). */
  shopDays: { date: string; metrics: ShopMetrics }[];
  /** Items seen, with whatever per-day metrics the page shows for them. */
  items: ExtractedItem[];
  /** 来源构成 tables read on traffic pages (lib/extract/traffic-sources.ts). */
  sources?: SourceDay[];
}

export interface ExtractedItem {
  itemId: string;
  title?: string;
  price?: number;
  stock?: number;
  rating?: number;
  status?: 'onSale' | 'delisted' | 'draft';
  lastSaleDate?: string;
  /** When the item went on sale (商品列表 上架时间 / 创建时间), if the console shows it. */
  listedDate?: string;
  days?: { date: string; metrics: ItemMetrics }[];
}

/** Facts the reader needs that are not in the DOM/JSON itself. */
export interface ReadContext {
  url: URL;
  /** "Today" as a local business date, injected so tests are deterministic. */
  today: string;
  pageKind: PageKind;
}

/** A console JSON endpoint whose responses the page-world observer hands over. */
export interface EndpointReader {
  /** Stable id for logs and tests, e.g. 'sycm.live-overview'. */
  id: string;
  /** Pure: does this response URL belong to this reader? */
  matches(url: URL): boolean;
  /** Validate (zod) and map the body; undefined when it does not parse. */
  read(body: unknown, ctx: ReadContext): Extraction | undefined;
}

/**
 * The URL half of an EndpointReader, in a dependency-free module (lib/platforms/<id>/endpoints.ts
 * exporting `ENDPOINT_MATCHERS`): the page-world observer and the console content script bundle
 * only these, so they stay small. The readers themselves (zod schemas) live in
 * lib/platforms/<id>/readers.ts (`ENDPOINT_READERS`) and run in the background worker, which
 * receives the response text from the content script. Same ids on both sides (tested).
 */
export type EndpointMatcher = Pick<EndpointReader, 'id' | 'matches'>;

/** The item edit page: where the title field is and what saving looks like. */
export interface ItemEditSupport {
  /** Key into the title rules data (length unit and limit, banned words). */
  titleRuleId: string;
  titleField(root: ParentNode): HTMLInputElement | HTMLTextAreaElement | null;
  itemId(url: URL, root: ParentNode): string | undefined;
  /** Does clicking this element save or publish the listing? */
  isSaveControl(element: Element): boolean;
}

export interface PlatformAdapter {
  id: PlatformId;
  /** Manifest match patterns: seller consoles only. */
  matches: readonly string[];
  /** The currency this platform's consoles print unless a read says otherwise (Extraction.currency). */
  currency: Currency;
  /** The currency the console at this URL prints (Amazon: by marketplace); default `currency`. */
  currencyOf?(url: URL): Currency;
  /**
   * Console host → its name as the seller knows it (i18n key): 生意参谋, 京东商智, 电商罗盘 …
   * Every host in `matches` has one (tested), so the side panel names each read's console.
   */
  consoles: Readonly<Record<string, MessageKey>>;
  /** Pure: URL → page kind; undefined for pages of no interest. */
  detectPage(url: URL): PageKind | undefined;
  /** Where on this platform each kind of work is done (checklist deep links). */
  links: Partial<Record<PageKind, string>>;
  /**
   * Which shop the page belongs to (name, console id) from its header: lib/platforms/<id>/shop.ts.
   * undefined when the page shows none or shows two (then the read is held, see lib/content/shop-watch.ts).
   */
  readShop?(root: ParentNode): ShopIdentity | undefined;
  /** Label-based reading of what the page shows. */
  readDom?(root: ParentNode, ctx: ReadContext): Extraction | undefined;
  /** The JSON endpoints whose responses are read (matchers; readers in ./<id>/readers.ts). */
  endpoints: readonly EndpointMatcher[];
  /** The console hosts whose pages make those calls: the page-world observer runs on these only. */
  observedHosts: readonly string[];
  /** Headers of the 来源构成 table on traffic pages (./<id>/sources.ts); none = the console shows none. */
  sourceColumns?: SourceColumns;
  itemEdit?: ItemEditSupport;
}

export type { CaptureSource };
