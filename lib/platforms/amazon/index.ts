import type { PlatformAdapter } from '../types';
import { currencyOf, detectPage, matches } from './pages';
import { ENDPOINT_MATCHERS, OBSERVED_HOSTS } from './endpoints';
import { readDom } from './extract';
import { itemEdit } from './item-edit';
import { links } from './links';
import { readShop } from './shop';

export const amazon: PlatformAdapter = {
  id: 'amazon',
  matches,
  currency: 'USD',
  currencyOf,
  consoles: {
    'sellercentral.amazon.com': 'console.amazonNA',
    'sellercentral-europe.amazon.com': 'console.amazonEU',
    'sellercentral-japan.amazon.com': 'console.amazonJP',
    'advertising.amazon.com': 'console.amazonAds',
  },
  // The wiring below is the same in every platform's index.ts: each names its own modules for the
  // adapter's parts (../types.ts). Kept as plain fields so each console script bundles only what it uses.
  detectPage,
  links,
  readDom,
  readShop,
  endpoints: ENDPOINT_MATCHERS,
  observedHosts: OBSERVED_HOSTS,
  itemEdit,
};
