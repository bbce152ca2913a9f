import type { PlatformAdapter } from '../types';
import { detectPage, matches } from './pages';
import { ENDPOINT_MATCHERS, OBSERVED_HOSTS } from './endpoints';
import { readDom } from './extract';
import { itemEdit } from './item-edit';
import { links } from './links';
import { readShop } from './shop';
import { SOURCE_COLUMNS } from './sources';

export const douyin: PlatformAdapter = {
  id: 'douyin',
  matches,
  currency: 'CNY',
  consoles: {
    'fxg.jinritemai.com': 'console.doudian',
    'compass.jinritemai.com': 'console.douyinCompass',
    'qianchuan.jinritemai.com': 'console.qianchuan',
    'im.jinritemai.com': 'console.douyinIm',
    'school.jinritemai.com': 'console.douyinSchool',
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
