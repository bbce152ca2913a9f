import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db';
import { SAMPLE_SHOP_KEY } from '@/lib/sample/generate';

/** Whether the 示例店铺 is loaded (undefined while loading). */
export function useSampleLoaded(): boolean | undefined {
  return useLiveQuery(async () => (await db.shops.get(SAMPLE_SHOP_KEY)) !== undefined, []);
}
