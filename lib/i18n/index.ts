import * as common from './catalog/common';
import * as capture from './catalog/capture';
import * as checklist from './catalog/checklist';
import * as title from './catalog/title';
import * as analysis from './catalog/analysis';
import * as data from './catalog/data';
import * as settings from './catalog/settings';
import * as reportImport from './catalog/import';
import * as shops from './catalog/shops';
import * as sample from './catalog/sample';
import * as importPreview from './catalog/import-preview';
import * as allShops from './catalog/all-shops';
import * as overlay from './catalog/overlay';
import * as guide from './catalog/guide';

/**
 * UI strings. Simplified Chinese is the default; English second. A runtime catalog (not
 * browser.i18n) because the seller picks the language in settings, whatever the browser's.
 * Each feature keeps its strings in ./catalog/<feature>.ts.
 */
const zhCN = {
  ...common.zhCN,
  ...capture.zhCN,
  ...checklist.zhCN,
  ...title.zhCN,
  ...analysis.zhCN,
  ...data.zhCN,
  ...settings.zhCN,
  ...reportImport.zhCN,
  ...shops.zhCN,
  ...sample.zhCN,
  ...importPreview.zhCN,
  ...allShops.zhCN,
  ...overlay.zhCN,
  ...guide.zhCN,
};
const en: Record<MessageKey, string> = {
  ...common.en,
  ...capture.en,
  ...checklist.en,
  ...title.en,
  ...analysis.en,
  ...data.en,
  ...settings.en,
  ...reportImport.en,
  ...shops.en,
  ...sample.en,
  ...importPreview.en,
  ...allShops.en,
  ...overlay.en,
  ...guide.en,
};

export type Locale = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zhCN;
export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** t('common.error', { reason }) → '出错了：…'; unknown params stay visible as {name}. */
export function translator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
