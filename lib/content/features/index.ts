import type { ContentFeature } from '../feature';
import captureFailed from './capture-failed';
import guidance from './guidance';
import readApi from './read-api';
import readDom from './read-dom';
import titleGuard from './title-guard';

/** Everything the console content script does on a page besides the visit (../visit.ts), one file each; started in this order. */
export const FEATURES: readonly ContentFeature[] = [titleGuard, readApi, readDom, captureFailed, guidance];
