import type { PlatformId } from '@/lib/model/consoles';
import { isKnown, matchShop, type ShopIdentity } from '@/lib/shops/identity';
import type { ShopMateDB, ShopRow } from './schema';

export interface ResolvedShop {
  key: string;
  /** The shop as it was stored before this read (undefined for a new one). */
  previous?: ShopRow;
  /** The page named no shop: the read went to the shop last identified on that console. */
  assumed: boolean;
}

/**
 * Which shop a read belongs to (lib/shops/identity.ts matchShop), recording what the page said
 * about it: a new shop is added, a known one gets the name / console id the page shows now,
 * the never-identified `<platform>:default` takes the first identity seen on its platform.
 * Call inside a transaction that includes db.shops.
 */
export async function resolveShop(
  db: ShopMateDB,
  platform: PlatformId,
  identity: ShopIdentity | undefined,
  at: number,
  currency: ShopRow['currency'],
  /**
   * A read of the shop's numbers (true) or only a visit / a failed read (false): only reads move
   * lastSeenAt, which the item rollups compare to spot a missed capture (lib/db/rollups.ts).
   */
  read = true,
): Promise<ResolvedShop> {
  const shops = await db.shops.where('platform').equals(platform).toArray();
  const match = matchShop(shops, platform, identity);
  const existing = shops.find((s) => s.key === match.key);
  const named = isKnown(identity) ? identity : undefined;
  const next: ShopRow = {
    key: match.key,
    platform,
    shopId: existing?.shopId ?? (match.kind === 'new' ? match.shopId : 'default'),
    currency: existing?.currency ?? currency,
    firstSeenAt: existing?.firstSeenAt ?? at,
    lastSeenAt: existing && !read ? existing.lastSeenAt : Math.max(at, existing?.lastSeenAt ?? 0),
    ...(existing?.name !== undefined ? { name: existing.name } : {}),
    ...(existing?.consoleId !== undefined ? { consoleId: existing.consoleId } : {}),
    ...(existing?.identifiedAt !== undefined ? { identifiedAt: existing.identifiedAt } : {}),
  };
  if (named) {
    // The name the console prints now (a rename on the console follows; the seller's own label
    // for the shop, if any, is kept apart in `label`).
    if (named.name) next.name = named.name;
    if (named.id && next.consoleId === undefined) next.consoleId = named.id;
    next.identifiedAt = Math.max(at, next.identifiedAt ?? 0);
  }
  const changed =
    !existing ||
    existing.name !== next.name ||
    existing.consoleId !== next.consoleId ||
    existing.identifiedAt !== next.identifiedAt ||
    existing.lastSeenAt !== next.lastSeenAt;
  if (changed) await db.shops.put(next);
  return { key: match.key, assumed: match.kind === 'assumed', previous: existing };
}

/** The shop a read would go to, without recording anything (for writers outside the capture path). */
export async function shopKeyFor(db: ShopMateDB, platform: PlatformId, identity: ShopIdentity | undefined): Promise<string> {
  const shops = await db.shops.where('platform').equals(platform).toArray();
  return matchShop(shops, platform, identity).key;
}
