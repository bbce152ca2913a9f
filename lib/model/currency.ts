/**
 * Currencies ShopMate stores money in: each shop's money stays in the currency its console
 * prints, stored with it, and never added to another currency's (Amazon sells on many
 * marketplaces; the Chinese consoles print yuan).
 *
 * The marks are the prefixes and words consoles print next to amounts. "$" alone is the
 * dollar of the marketplace the page is on (Seller Central prints CA$ / MX$ / A$ for the other
 * dollar marketplaces); "¥"/"￥" alone is yuan on a Chinese console and yen on Amazon Japan.
 */
export const CURRENCIES = ['CNY', 'USD', 'CAD', 'MXN', 'BRL', 'EUR', 'GBP', 'SEK', 'PLN', 'TRY', 'JPY', 'AUD', 'SGD', 'INR', 'AED', 'SAR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Marks that name exactly one currency (longest first so CA$ wins over $). */
const MARKS: readonly [RegExp, Currency][] = [
  [/\b(?:CA\$|C\$|CAD)/, 'CAD'],
  [/\b(?:MX\$|MXN)/, 'MXN'],
  [/\b(?:A\$|AU\$|AUD)/, 'AUD'],
  [/\b(?:S\$|SGD)/, 'SGD'],
  [/R\$|\bBRL\b/, 'BRL'],
  [/US\$|\bUSD\b/, 'USD'],
  [/€|\bEUR\b/, 'EUR'],
  [/£|\bGBP\b/, 'GBP'],
  [/\bSEK\b|\bkr\b/, 'SEK'],
  [/zł|\bPLN\b/, 'PLN'],
  [/₺|\bTRY\b|\bTL\b/, 'TRY'],
  [/₹|\bINR\b/, 'INR'],
  [/\bAED\b/, 'AED'],
  [/\bSAR\b/, 'SAR'],
  [/JP¥|\bJPY\b|円/, 'JPY'],
  [/\bRMB\b|\bCNY\b|元/, 'CNY'],
];

/** Bare marks: which currencies they can stand for. */
const BARE: readonly [RegExp, readonly Currency[]][] = [
  [/\$/, ['USD', 'CAD', 'MXN', 'AUD', 'SGD']],
  [/[¥￥]/, ['CNY', 'JPY']],
];

/**
 * The currency an amount's text names: exactly one (CA$, €, £ …), several (a bare $ or ¥), or
 * none (a plain number, which takes the page's currency).
 */
export function currencyMarksOf(text: string): readonly Currency[] | undefined {
  const t = text.normalize('NFKC');
  for (const [mark, currency] of MARKS) if (mark.test(t)) return [currency];
  for (const [mark, currencies] of BARE) if (mark.test(t)) return currencies;
  return undefined;
}

/** May this amount's text be in `currency`? A plain number may; "CA$12" may not be USD. */
export const mayBeIn = (text: string, currency: Currency) => currencyMarksOf(text)?.includes(currency) ?? true;

/** The one currency a set of amounts agrees on by their marks, if exactly one. */
export function currencyOfAmounts(texts: Iterable<string | undefined>, fallback: Currency): Currency {
  let candidates: readonly Currency[] | undefined;
  for (const text of texts) {
    const marks = text ? currencyMarksOf(text) : undefined;
    if (!marks) continue;
    candidates = candidates ? candidates.filter((c) => marks.includes(c)) : marks;
  }
  if (!candidates?.length) return fallback;
  return candidates.includes(fallback) ? fallback : candidates[0]!;
}
