import { textNodesOf } from '@/lib/extract/text-nodes';

/**
 * When the console says its real-time numbers were last updated: "更新时间 2026-11-22 14:02"
 * (生意参谋 实时概况), "更新于 14:02", "数据更新时间：14:02", "Last updated: 11/22/2026 2:02 PM" is
 * not covered (Amazon reports are daily). The popup shows this time instead of the moment
 * ShopMate read the page: a tab left open shows old numbers, read anew. Local wall-clock time;
 * a time without a date is today's. undefined when the page prints none.
 */
const UPDATED = /(?:更新时间|更新于|数据更新时间|数据更新于)[:：\s]*(?:(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?/;

export function consoleUpdatedAt(root: ParentNode, now: number): number | undefined {
  let latest: number | undefined;
  for (const node of textNodesOf(root)) {
    const text = node.data;
    if (text.length > 80 || !text.includes('更新')) continue;
    const m = UPDATED.exec(text.normalize('NFKC'));
    if (!m) continue;
    const today = new Date(now);
    const [y, mo, d] = m[1] ? [Number(m[1]), Number(m[2]) - 1, Number(m[3])] : [today.getFullYear(), today.getMonth(), today.getDate()];
    const at = new Date(y, mo, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0)).getTime();
    // A time in the future is a misread (or the next day's schedule), not an update.
    if (Number.isNaN(at) || at > now + 5 * 60_000) continue;
    if (latest === undefined || at > latest) latest = at;
  }
  return latest;
}
