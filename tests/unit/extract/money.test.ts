import { describe, expect, it } from 'vitest';
import { parseMoney } from '@/lib/extract/money';
import { currencyOfAmounts } from '@/lib/model/currency';

describe('parseMoney: an amount in the page\'s currency, never another', () => {
  it.each([
    ['$1,234.56', 'USD', 1234.56],
    ['US$12.00', 'USD', 12],
    ['1,234.56', 'USD', 1234.56],
    ['€15,00', 'USD', undefined],
    ['£3.20', 'USD', undefined],
    ['CA$5.00', 'USD', undefined],
    ['MX$5.00', 'USD', undefined],
    ['12.00 EUR', 'USD', undefined],
    ['—', 'USD', undefined],
    ['CA$1,234.50', 'CAD', 1234.5],
    ['1.234,56 €', 'EUR', 1234.56],
    ['12,50 €', 'EUR', 12.5],
    ['€1.234', 'EUR', undefined], // a thousand, or one and a bit: missing, not a guess
    ['£12.34', 'GBP', 12.34],
    ['£12.34', 'EUR', undefined],
    ['￥4,907,860', 'JPY', 4907860],
    ['¥3.26万', 'CNY', 32600],
    ['-', 'CNY', undefined],
  ] as const)('parseMoney(%s, %s) = %s', (text, currency, value) => {
    expect(parseMoney(text, currency)).toBe(value);
  });

  it('names the page\'s currency from its amounts, else the marketplace\'s', () => {
    expect(currencyOfAmounts(['CA$1.00', '$2.00'], 'USD')).toBe('CAD');
    expect(currencyOfAmounts(['$1.00'], 'USD')).toBe('USD');
    expect(currencyOfAmounts(['1.00'], 'EUR')).toBe('EUR');
    expect(currencyOfAmounts(['￥100'], 'JPY')).toBe('JPY');
    expect(currencyOfAmounts(['£5'], 'EUR')).toBe('GBP');
  });
});
