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
  detectPage,
  links,
  readDom,
  readShop,
  endpoints: ENDPOINT_MATCHERS,
  observedHosts: OBSERVED_HOSTS,
  sourceColumns: SOURCE_COLUMNS,
  itemEdit,
};
