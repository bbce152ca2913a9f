/**
 * Numbers that are not the shop's own: other shops' (同行, 竞品, 竞店), the market's (行业, 大盘,
 * 市场行情) and the platform's indices (交易指数, 搜索人气). ShopMate never reads or stores them
 * (SECURITY.md: the seller's own numbers only), never offers them to be taught, and never lets
 * a taught rule apply to them. This module is the one list of the words that mark them; the
 * reader (lib/extract/labels.ts), the page detectors (lib/platforms/page-detection.ts), the
 * taught rules (lib/rules) and the reading overlay (lib/overlay) all ask it.
 *
 * A peer number is recognised three ways:
 *  - its label carries a peer word ("同行平均访客数", "行业均值", "交易指数");
 *  - it sits in a peer region: an element whose first text is a peer heading ("市场行情 · 行业参考",
 *    "同行优秀 访客数 8.6万", a 竞品 card) — the heading's words decide for what follows it;
 *  - the page itself is a market or competition page (生意参谋 /mc/…, 商智 industry/…): no page kind.
 * Comparisons printed beside the shop's own number ("较同行 +3%", "高于同行 12.53%") are the
 * shop's and mark nothing.
 */

import { isComparisonText } from './number';

/** The words, in the consoles' languages. Lower case for the English ones (compared lower case). */
export const PEER_WORDS: readonly string[] = [
  // other shops
  '同行', '竞品', '竞店', '竞对', '对手', '优秀商家', '标杆店铺',
  // the market, the category
  '行业', '大盘', '市场行情', '市场排名', '类目均值', '类目平均', '类目排名',
  // the platform's indices (computed over the market, not the shop's numbers)
  '指数', '搜索人气',
  // Seller Central and other English consoles
  'competitor', 'peer', 'industry', 'category average', 'market average', 'benchmark', 'brand analytics',
];

/** The seller's own profile fields that name the shop's trade: "主营行业：家居" is not market data. */
const OWN_PROFILE = /(主营|所属|经营|店铺)(行业|类目)[:：\s]/;
/** A heading or label is short; a sentence mentioning 行业 is help text, not a section's title. */
const MAX_MARKER = 40;
const WORDS = new RegExp(PEER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')).join('|'), 'i');

/** Does this text mark a number (or a section of numbers) as not the shop's own? */
export function isPeerText(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_MARKER || !WORDS.test(t)) return false;
  return !isComparisonText(t) && !OWN_PROFILE.test(t);
}

/** Texts in these never head a region: navigation, tabs and links name other pages, not this section. */
const NOT_A_HEADING = 'a,button,nav,select,option,textarea,script,style,template,[role=tab],[role=tablist],[role=menuitem],[role=navigation]';
/** How far above its heading a region may reach. */
const MAX_DEPTH = 6;
const SHOW_TEXT = 4;
/** How far above a node its region is looked for (deep markup nests a number far below its card). */
const MAX_CLIMB = 32;

/** Which elements of a page hold other shops' or the market's numbers; asked by node, remembered per element. */
export interface PeerRegions {
  /** Is `node` (a label, a number, a table row) inside a peer region? */
  contains(node: Node): boolean;
  /** The heading of the peer region holding `node` ("同行同层优秀"), to say why it is not read. */
  headingOf(node: Node): string | undefined;
}

/**
 * The peer regions under `root`: elements whose first text is a peer heading ("市场行情 · 行业参考"
 * heading its card, "同行优秀" heading the line of numbers after it), up to six levels above that
 * heading, below `root` and body (a page's first words do not decide for the whole page: whole
 * market pages are told by their URL, isPeerPath). Only a heading at the start of a region
 * decides: a peer figure printed after the shop's own number in the same card ("支付转化率 3.5%
 * · 行业均值 3.2%") leaves the card the shop's (the reader stops at it, isPeerText).
 * Lazy: only the ancestors of what is asked about are looked at (a 10,000-row item table costs
 * one header row), each once per read; an element's answer is remembered for everything below it,
 * so a card's value scan (every text node of the card asked about) climbs each level once.
 */
export function peerRegions(root: ParentNode): PeerRegions {
  /** Per element: the heading of the peer region holding it, or null when none does. */
  const regionOf = new Map<Element, string | null>();
  const headingOf = (node: Node): string | undefined => {
    const path: Element[] = [];
    let found: string | null = null;
    // nodeType, not instanceof: a node in a same-origin frame is not an instance of this window's Element.
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    for (let depth = 0; el && depth < MAX_CLIMB; depth++, el = el.parentElement) {
      const known = regionOf.get(el);
      if (known !== undefined) {
        found = known;
        break;
      }
      if ((el as Node) === root || el.tagName === 'BODY' || el.tagName === 'HTML') break;
      path.push(el);
      const heading = peerHeading(el);
      if (heading !== undefined) {
        found = heading;
        break;
      }
    }
    for (const below of path) regionOf.set(below, found);
    return found ?? undefined;
  };
  return { headingOf, contains: (node) => headingOf(node) !== undefined };
}

/** The element's first text, when it is a peer heading at most MAX_DEPTH levels down (not a link or tab). */
function peerHeading(el: Element): string | undefined {
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (!text.trim()) continue;
    const own = node.parentElement;
    if (!own || !isPeerText(text) || own.closest(NOT_A_HEADING)) return undefined;
    let depth = 0;
    for (let up: Element | null = own; up && up !== el; up = up.parentElement) depth++;
    return depth < MAX_DEPTH ? text.trim() : undefined;
  }
  return undefined;
}

/**
 * Path segments of market and competition pages on the consoles: 生意参谋's 市场/竞争 app (/mc/…),
 * 商智's industry pages, 罗盘's 商机 (/shop/chance/…), Seller Central's Brand Analytics. A whole
 * segment or its first word (market_monitor, industry-top.html), never a longer word (marketing).
 */
const PEER_SEGMENT = /^(mc|market|markets|industry|industries|competition|competitors?|compete|rivals?|chance|brand-analytics)(?=$|[-_.])/i;

/** Is this console URL a market or competition page (never a page of the shop's own numbers)? */
export function isPeerPath(url: URL): boolean {
  return url.pathname.split('/').some((segment) => PEER_SEGMENT.test(segment)) || url.hash.split(/[/?#]/).some((segment) => PEER_SEGMENT.test(segment));
}
