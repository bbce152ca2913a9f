import { currencyMarksOf, mayBeIn, type Currency } from '@/lib/model/currency';
import { parseConsoleNumber } from './number';

/**
 * An amount as a console prints it, in the currency the page is in: "$1,234.56", "CA$12.00",
 * "￥4,907,860", "1.234,56 €", "£12.34". An amount marked with another currency is missing
 * (never converted, never mixed); so is one whose separators could mean two numbers
 * ("€1.234": 1.234 or 1,234?).
 *
 * @example parseMoney('CA$1,234.50', 'CAD') // 1234.5
 * @example parseMoney('CA$1,234.50', 'USD') // undefined
 * @example parseMoney('1.234,56 €', 'EUR')  // 1234.56
 */
export function parseMoney(text: string | null | undefined, currency: Currency): number | undefined {
  if (text == null) return undefined;
  const t = text.normalize('NFKC').trim();
  if (!mayBeIn(t, currency)) return undefined;
  // The marks go; what is left is a number in the console's own separators.
  let rest = t
    .replace(/(?:US|CA|MX|AU|A|S|R|C)\$|JP¥|\b(?:USD|CAD|MXN|AUD|SGD|BRL|EUR|GBP|SEK|PLN|TRY|INR|AED|SAR|JPY|RMB|CNY|kr|TL)\b|zł|[$€£₹₺¥]/g, '')
    .trim();
  if (currencyMarksOf(rest)) return undefined;
  const hasDot = rest.includes('.');
  const hasComma = rest.includes(',');
  if (hasDot && hasComma) {
    // Both: the last one is the decimal separator.
    if (rest.lastIndexOf(',') > rest.lastIndexOf('.')) rest = rest.replace(/\./g, '').replace(',', '.');
  } else if (hasComma && /^[-+]?\d{1,3}(?:\.\d{3})*,\d{1,2}(?:\s|$)/.test(rest)) {
    rest = rest.replace(',', '.'); // "12,50 €"
  } else if (hasDot && !hasComma && COMMA_DECIMAL.has(currency) && /^[-+]?\d{1,3}(?:\.\d{3})+(?:\s|$)/.test(rest)) {
    return undefined; // "1.234" on a comma-decimal marketplace: a thousand or one and a bit
  }
  return parseConsoleNumber(rest, 'money');
}

/** Marketplaces whose consoles may print a decimal comma. */
const COMMA_DECIMAL = new Set<Currency>(['EUR', 'SEK', 'PLN', 'TRY', 'BRL']);
