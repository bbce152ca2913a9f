import type { ShopMateDB } from '@/lib/db/schema';
import type { Messages } from '@/lib/messaging/protocol';
import type { Handlers } from '../router';
import { captureHandlers } from './capture';
import { checklistHandlers } from './checklist';
import { titleHandlers } from './title';
import { analysisHandlers } from './analysis';
import { dataHandlers } from './data';
import { shopHandlers } from './shops';
import { sampleHandlers } from './sample';
import { ruleHandlers } from './rules';
import { chunkHandlers } from './chunks';
import { guidanceHandlers } from './guidance';

/** Every message of the contract has exactly one handler (the type checks it). */
export const createHandlers = (db: ShopMateDB): Handlers<Messages> => ({
  ...captureHandlers(db),
  ...checklistHandlers(db),
  ...titleHandlers(db),
  ...analysisHandlers(db),
  ...dataHandlers(db),
  ...shopHandlers(db),
  ...sampleHandlers(db),
  ...ruleHandlers(db),
  ...chunkHandlers(),
  ...guidanceHandlers(db),
});
