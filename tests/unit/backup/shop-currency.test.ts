import { TABLE_RULES } from '@/lib/backup/rows';
import { CURRENCIES } from '@/lib/model/currency';

/** A backup's shops take every currency a shop can have (an Amazon EU shop keeps euros), one list. */
describe('backup shop rows', () => {
  const shop = (currency: string) => ({ key: 'amazon:A1', platform: 'amazon', shopId: 'A1', currency, firstSeenAt: 1, lastSeenAt: 2 });

  it.each(CURRENCIES)('accepts a %s shop', (currency) => {
    expect(TABLE_RULES.shops.schema.safeParse(shop(currency)).success).toBe(true);
  });

  it('rejects a currency ShopMate does not know', () => {
    expect(TABLE_RULES.shops.schema.safeParse(shop('XYZ')).success).toBe(false);
  });
});
