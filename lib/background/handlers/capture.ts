import { toBusinessDate } from '@/lib/dates';
import type { ShopMateDB } from '@/lib/db/schema';
import { storeCapture } from '@/lib/db/capture-store';
import { rulesOfConsole } from '@/lib/db/rules-store';
import { guidanceOnPage } from '@/lib/guidance/service';
import { resolveShop, shopKeyFor } from '@/lib/db/shops';
import type { Extraction } from '@/lib/platforms/types';
import type { ShopIdentity } from '@/lib/shops/identity';
import type { captureMessages } from '@/lib/messaging/messages/capture';
import { ExtractionSchema } from '@/lib/model/schemas';
import { loadSettings } from '@/lib/settings/store';
import { readerFor } from '@/lib/platforms/readers';
import { detect, platformById } from '@/lib/platforms/registry';
import type { Handlers } from '../router';

const NOTHING = { read: false, stored: { shopDays: 0, items: 0 } } as const;

export const captureHandlers = (db: ShopMateDB): Handlers<typeof captureMessages> => ({
  capture: async (m) =>
    storeCapture(db, {
      platform: m.platform,
      currency: m.extraction.currency ?? platformById(m.platform).currency,
      crossCheckTolerance: (await loadSettings()).thresholds.crossCheckTolerance,
      pageKind: m.pageKind,
      url: m.url,
      source: m.source,
      capturedAt: m.capturedAt,
      extraction: withShop(m.extraction, m.shop),
      // Never later than the read itself (a page's clock text cannot move time forward).
      ...(m.consoleUpdatedAt !== undefined ? { consoleUpdatedAt: Math.min(m.consoleUpdatedAt, m.capturedAt) } : {}),
    }),
  /**
   * The console's own response, as the page showed it to the seller: read with the platform's
   * zod schemas; anything that does not parse is dropped (the reply says nothing was read).
   */
  observedResponse: async (m, sender) => {
    // The tab's own platform only: a response can't speak for another console.
    if (sender.url && URL.canParse(sender.url) && detect(new URL(sender.url))?.platform.id !== m.platform) {
      throw new Error('the response does not belong to the console this tab shows');
    }
    const responseUrl = new URL(m.responseUrl);
    const reader = readerFor(m.platform, responseUrl);
    if (!reader) return NOTHING;
    let json: unknown;
    try {
      json = JSON.parse(m.body);
    } catch {
      return NOTHING;
    }
    const extraction = reader.read(json, { url: responseUrl, today: toBusinessDate(m.at), pageKind: m.pageKind });
    const valid = extraction && ExtractionSchema.safeParse(extraction);
    if (!valid?.success) return NOTHING;
    const result = await storeCapture(db, {
      platform: m.platform,
      currency: valid.data.currency ?? platformById(m.platform).currency,
      crossCheckTolerance: (await loadSettings()).thresholds.crossCheckTolerance,
      pageKind: m.pageKind,
      url: m.url,
      source: 'api',
      capturedAt: m.at,
      // The response speaks for the shop the page's header names (a console answers for its login).
      extraction: withShop(valid.data, m.shop),
    });
    return { read: true, stored: result.stored };
  },
  pageVisit: async (m, sender) => {
    await db.transaction('rw', db.shops, db.pageVisits, async () => {
      const { key } = await resolveShop(db, m.platform, m.shop, m.at, platformById(m.platform).currency, false);
      await db.pageVisits.add({ date: m.date, at: m.at, platform: m.platform, pageKind: m.pageKind, url: m.url, shopKey: key });
    });
    // A page is told the rules of its own console only (the host it is on, not one it names).
    const host = sender.url && URL.canParse(sender.url) ? new URL(sender.url).hostname : undefined;
    const page = new URL(m.url);
    if (host !== page.hostname) return { taught: [] };
    const [taught, guidance] = await Promise.all([
      rulesOfConsole(db, m.platform, host),
      guidanceOnPage(db, m.date, { platform: m.platform, pageKind: m.pageKind, host, path: page.pathname, ...(m.shop ? { shop: m.shop } : {}) }),
    ]);
    return guidance ? { taught, guidance } : { taught };
  },
  captureFailed: async (m) => {
    // Once per page per day is enough for the side panel's message.
    const date = toBusinessDate(m.at);
    const shopKey = await shopKeyFor(db, m.platform, m.shop);
    const recent = await db.snapshots.where('shopKey').equals(shopKey).reverse().limit(50).toArray();
    const already = recent.some(
      (s) => s.url === m.url && toBusinessDate(s.capturedAt) === date && isFailure(s.payload) && s.payload.error === m.reason,
    );
    if (already) return;
    await db.snapshots.add({
      capturedAt: m.at,
      shopKey,
      platform: m.platform,
      pageKind: m.pageKind,
      url: m.url,
      source: 'dom',
      shopMetricCount: 0,
      itemCount: 0,
      payload: { error: m.reason },
    });
  },
  importReport: async (m) =>
    storeCapture(db, {
      platform: m.platform,
      currency: m.extraction.currency ?? platformById(m.platform).currency,
      crossCheckTolerance: (await loadSettings()).thresholds.crossCheckTolerance,
      pageKind: 'dashboard',
      url: `import:${m.fileName}`,
      source: 'import',
      capturedAt: m.importedAt,
      extraction: m.extraction,
    }),
});

/** The page header's shop, where the read itself names none. */
function withShop(extraction: Extraction, shop: ShopIdentity | undefined): Extraction {
  if (extraction.shopId || extraction.shopName || !shop) return extraction;
  return { ...extraction, ...(shop.id ? { shopId: shop.id } : {}), ...(shop.name ? { shopName: shop.name } : {}) };
}

export const isFailure = (payload: unknown): payload is { error: string } =>
  !!payload && typeof payload === 'object' && typeof (payload as { error?: unknown }).error === 'string';
