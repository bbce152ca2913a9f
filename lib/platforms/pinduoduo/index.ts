import type { PlatformAdapter } from '../types';
import { detectPage, matches } from './pages';
import { ENDPOINT_MATCHERS, OBSERVED_HOSTS } from './endpoints';
import { readDom } from './extract';
import { itemEdit } from './item-edit';
import { links } from './links';
import { readShop } from './shop';
import { SOURCE_COLUMNS } from './sources';

export const pinduoduo: PlatformAdapter = {
  id: 'pinduoduo',
  matches,
  currency: 'CNY',
  consoles: {
    'mms.pinduoduo.com': 'console.pddMms',
    'yingxiao.pinduoduo.com': 'console.pddAds',
  },
  detectPage,
  links,
  readDom,
  readShop,
  endpoints: ENDPOINT_MATCHERS,
  observedHosts: OBSERVED_HOSTS,
  sourceColumns: SOURCE_COLUMNS,
  itemEdit,
};
