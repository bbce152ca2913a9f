import type { PlatformAdapter } from '../types';
import { detectPage, matches } from './pages';
import { ENDPOINT_MATCHERS } from './endpoints';
import { readDom } from './extract';
import { itemEdit } from './item-edit';
import { links } from './links';

export const jd: PlatformAdapter = {
  id: 'jd',
  matches,
  currency: 'CNY',
  detectPage,
  links,
  readDom,
  endpoints: ENDPOINT_MATCHERS,
  itemEdit,
};
