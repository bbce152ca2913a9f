import type { PlatformAdapter } from '../types';
import { detectPage, matches } from './pages';
import { ENDPOINT_MATCHERS, OBSERVED_HOSTS } from './endpoints';
import { readDom } from './extract';
import { itemEdit } from './item-edit';
import { links } from './links';
import { readShop } from './shop';
import { SOURCE_COLUMNS } from './sources';

export const taobao: PlatformAdapter = {
  id: 'taobao',
  matches,
  currency: 'CNY',
  consoles: {
    'sycm.taobao.com': 'console.sycm',
    'myseller.taobao.com': 'console.myseller',
    'item.upload.taobao.com': 'console.itemUpload',
    'healthcenter.taobao.com': 'console.taobaoHealth',
    'subway.simba.taobao.com': 'console.taobaoSimba',
    'rule.taobao.com': 'console.taobaoRules',
    'wangpu.taobao.com': 'console.taobaoWangpu',
  },
  // The wiring below is the same in every platform's index.ts: each names its own modules for the
  // adapter's parts (../types.ts). Kept as plain fields so each console script bundles only what it uses.
  detectPage,
  links,
  readDom,
  readShop,
  endpoints: ENDPOINT_MATCHERS,
  observedHosts: OBSERVED_HOSTS,
  sourceColumns: SOURCE_COLUMNS,
  itemEdit,
};
