import { amazonLabels, consoleLabels } from '@/lib/extract/synonyms';
import type { LabelSynonyms } from '@/lib/extract/labels';
import { CATALOGUE, SHOP_METRIC_KEYS, type ShopMetricKey } from '@/lib/model/catalogue';
import type { PlatformId } from '@/lib/model/consoles';
import { once } from '@/lib/once';

/** Seller Central's shop metrics: those with words in its reports. */
const amazonShopLabels = once(() =>
  amazonLabels(SHOP_METRIC_KEYS.filter((k) => {
    const w = CATALOGUE[k].words as { amazonEn?: readonly string[] };
    return !!w.amazonEn?.length;
  })),
);

/** The words a console's built-in reader reads shop numbers by (what a correction is checked against). */
export function builtInShopLabels(platform: PlatformId): LabelSynonyms<ShopMetricKey> {
  return platform === 'amazon' ? amazonShopLabels() : consoleLabels(platform, 'shop');
}
