import type { PlatformAdapter } from '../types';
import { detectPage, matches } from './pages';
import { endpoints, readDom } from './extract';
import { itemEdit } from './item-edit';

export const taobao: PlatformAdapter = {
  id: 'taobao',
  matches,
  currency: 'CNY',
  detectPage,
  links: {
    dashboard: 'https://sycm.taobao.com/portal/home.htm',
  },
  readDom,
  endpoints,
  itemEdit,
};
