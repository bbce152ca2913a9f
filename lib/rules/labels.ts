import { amazonLabels, consoleLabels } from '@/lib/extract/synonyms';
import type { LabelSynonyms } from '@/lib/extract/labels';
import { CATALOGUE, SHOP_METRIC_KEYS, type MetricKey, type ShopMetricKey } from '@/lib/model/catalogue';
import type { PlatformId } from '@/lib/model/consoles';
import { once } from '@/lib/once';

/** Seller Central's metrics of one scope: those with words in its reports. */
export const withAmazonWords = <K extends MetricKey>(keys: readonly K[]) =>
  amazonLabels(keys.filter((k) => !!(CATALOGUE[k].words as { amazonEn?: readonly string[] }).amazonEn?.length));
const amazonShopLabels = once(() => withAmazonWords(SHOP_METRIC_KEYS));

/** The words a console's built-in reader reads shop numbers by (what a correction is checked against). */
export function builtInShopLabels(platform: PlatformId): LabelSynonyms<ShopMetricKey> {
  return platform === 'amazon' ? amazonShopLabels() : consoleLabels(platform, 'shop');
}
