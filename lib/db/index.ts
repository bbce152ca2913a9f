import { ShopMateDB } from './schema';

/** The one database instance of this extension context. */
export const db = new ShopMateDB();

export * from './schema';
