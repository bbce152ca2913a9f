/**
 * When an item went on sale, as an item list prints it (千牛 创建时间, 上架时间 …): what makes an
 * item 新生 in the lifecycle (an item ShopMate first read lately may have been on sale for
 * years). Read from the column whose header is one of LISTED_DATE_HEADERS; a date that does not
 * parse, lies in the future or before online shops existed is missing.
 *
 * @example
 *   listedDateOf('2026-03-02 10:12', '2026-11-22') // → { listedDate: '2026-03-02' }
 *   listedDateOf('-', '2026-11-22')                // → {}
 */

export const LISTED_DATE_HEADERS = ['上架时间', '创建时间', '发布时间', '首次上架时间'] as const;

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
/** Taobao opened in 2003; no console lists an item older than its platform. */
const EARLIEST = '2003-01-01';

export function listedDateOf(text: string | undefined, today: string): { listedDate?: string } {
  const m = text ? DATE.exec(text.normalize('NFKC')) : null;
  if (!m) return {};
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || !check.toISOString().startsWith(iso)) return {};
  return iso >= EARLIEST && iso <= today ? { listedDate: iso } : {};
}
