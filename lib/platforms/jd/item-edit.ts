import type { ItemEditSupport } from '../types';

export const itemEdit: ItemEditSupport | undefined = undefined;
