import type { Locale } from '@/lib/i18n';
import { guardEn, guardZhCN } from '@/lib/i18n/catalog/title';
import type { TitleTranslate } from '@/lib/title/describe';

/**
 * The guard's translator over its own few strings. lib/i18n's translator bundles every
 * feature's catalog, too heavy for the console content script (≤ 30 KB gzipped, shared with
 * the console reader). Same `{param}` rules as lib/i18n.
 */
export function guardTranslator(locale: Locale): TitleTranslate {
  const catalog = locale === 'en' ? guardEn : guardZhCN;
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
