import type { PlatformId } from '@/lib/model/consoles';

/**
 * Which shop a console page belongs to, as the page prints it: the shop's name and, where the
 * page shows one, the console's own id for it (生意参谋 shop id, 拼多多 mall id, 京东 vender id,
 * 抖店 shop id, Amazon merchant id + marketplace). Read in the content script by
 * lib/platforms/<id>/shop.ts; stored and matched by the background (lib/db/shops.ts).
 */
export interface ShopIdentity {
  /** The console's id for the shop, when the page shows one. */
  id?: string;
  /** The shop's name as the console prints it. */
  name?: string;
}

/** Longest id / name kept (same limits as ExtractionSchema). */
export const MAX_SHOP_ID = 128;
export const MAX_SHOP_NAME = 200;

/** Collapses whitespace; '' → undefined. */
export const cleanText = (text: string | null | undefined, max = MAX_SHOP_NAME): string | undefined => {
  const out = text?.replace(/\s+/g, ' ').trim().slice(0, max);
  return out ? out : undefined;
};

/**
 * A Taobao/Tmall account nick as 千牛 and 生意参谋 print it: a sub-account is `店铺名:子账号`
 * (a full-width colon too), the main account just `店铺名`. The shop is the part before the colon.
 */
export function shopOfNick(nick: string | null | undefined): { shop?: string; subAccount?: string } {
  const text = cleanText(nick);
  if (!text) return {};
  const at = text.search(/[:：]/);
  if (at < 0) return { shop: text };
  return { shop: cleanText(text.slice(0, at)), subAccount: cleanText(text.slice(at + 1)) };
}

/** An identity worth using: a name or an id. */
export const isKnown = (identity: ShopIdentity | undefined): identity is ShopIdentity => !!(identity?.id || identity?.name);

/** What the shop registry needs to know about each stored shop to match an identity. */
export interface KnownShop {
  key: string;
  platform: PlatformId;
  shopId: string;
  /** The console's id, once a page showed it (the key may predate it). */
  consoleId?: string;
  name?: string;
  /** When a page last named this shop; undefined = never identified (legacy / unnamed). */
  identifiedAt?: number;
}

/** The key a newly seen shop is stored under: the console's id, else its name. */
export const newShopKey = (platform: PlatformId, identity: ShopIdentity): { key: string; shopId: string } => {
  const shopId = (identity.id ?? `name:${identity.name}`).slice(0, MAX_SHOP_ID);
  return { key: `${platform}:${shopId}`, shopId };
};

/** The key of a platform's unnamed shop: what ShopMate stored before shops were recognised. */
export const unnamedShopKey = (platform: PlatformId) => `${platform}:default`;

export type ShopMatch =
  /** A stored shop this identity belongs to. */
  | { kind: 'known'; key: string }
  /** The platform's never-identified shop (history from before shops were recognised) takes this identity. */
  | { kind: 'claim'; key: string }
  /** A shop not seen before. */
  | { kind: 'new'; key: string; shopId: string }
  /** The page named no shop: the shop last identified on this console, flagged as assumed. */
  | { kind: 'assumed'; key: string };

/**
 * Pure: which stored shop a read belongs to.
 * - Named by id: the shop with that console id; else one of that name without an id yet.
 * - Named by name only: the shop with that name (names are what the seller sees; two shops of
 *   one platform never share one).
 * - Neither matches: the platform's never-identified shop claims the identity when there is
 *   one (its history is this first shop's: the seller can reassign it), else a new shop.
 * - No identity at all: the shop of this platform identified most recently, flagged; when none
 *   was ever identified, the unnamed shop.
 */
export function matchShop(shops: readonly KnownShop[], platform: PlatformId, identity: ShopIdentity | undefined): ShopMatch {
  const mine = shops.filter((s) => s.platform === platform);
  if (!isKnown(identity)) {
    const last = mine.filter((s) => s.identifiedAt !== undefined).sort((a, b) => b.identifiedAt! - a.identifiedAt!)[0];
    return { kind: 'assumed', key: last?.key ?? unnamedShopKey(platform) };
  }
  const idOf = (s: KnownShop) => s.consoleId ?? (s.identifiedAt !== undefined && !s.shopId.startsWith('name:') ? s.shopId : undefined);
  if (identity.id) {
    const byId = mine.find((s) => idOf(s) === identity.id);
    if (byId) return { kind: 'known', key: byId.key };
    const byName = identity.name ? mine.find((s) => s.name === identity.name && idOf(s) === undefined && s.identifiedAt !== undefined) : undefined;
    if (byName) return { kind: 'known', key: byName.key };
  } else {
    const byName = mine.find((s) => s.name === identity.name && s.identifiedAt !== undefined);
    if (byName) return { kind: 'known', key: byName.key };
  }
  const unclaimed = mine.find((s) => s.identifiedAt === undefined && s.key === unnamedShopKey(platform));
  if (unclaimed) return { kind: 'claim', key: unclaimed.key };
  const fresh = newShopKey(platform, identity);
  // The key may exist without an identity (a capture message that named the shop before this
  // version recorded identities): it is that shop.
  if (mine.some((s) => s.key === fresh.key)) return { kind: 'known', key: fresh.key };
  return { kind: 'new', ...fresh };
}
