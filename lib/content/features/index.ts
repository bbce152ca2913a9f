import type { ContentFeature } from '../feature';
import captureFailed from './capture-failed';
import readApi from './read-api';
import readDom from './read-dom';
import titleGuard from './title-guard';
import visit from './visit';

/** Everything the console content script does, one file each; started in this order per page. */
export const FEATURES: readonly ContentFeature[] = [visit, titleGuard, readApi, readDom, captureFailed];
