/**
 * Generic pieces for reading consoles' JSON responses (the page's own, handed over by the
 * page-world observer). They run in the background worker (lib/platforms/readers.ts), never on the seller's page.
 *
 * @example
 *   const Row = z.looseObject({ payAmt: MetricValue.optional(), uv: MetricValue.optional() });
 *   const data = unwrapData(body);                 // {content:{data:{data}}} | {data:{data}} | {data}
 *   const row = Row.safeParse(data);
 *   if (row.success) metrics({ salesAmount: row.data.payAmt, uv: row.data.uv });  // → { salesAmount: 12.3, uv: 5 }
 *
 * Metrics in these responses are objects `{value, cycleCrc?}` (cycleCrc = change vs the previous
 * period, ignored) or bare numbers; `null`/absent values are unknown and stay absent.
 */
import { z } from 'zod';

/** A metric as consoles send it: 12, "12.5", {value: 12, cycleCrc: 0.1}, {value: null}. */
export const MetricValue = z.union([
  z.number(),
  z.string().max(40),
  z.null(),
  z.looseObject({ value: z.union([z.number(), z.string().max(40), z.null()]).optional() }),
]);
export type MetricValueInput = z.infer<typeof MetricValue>;

/** A finite number from a metric value, or undefined. Strings must be plain decimals ("12.5"). */
export function metricNumber(input: MetricValueInput | undefined): number | undefined {
  const raw = input !== null && typeof input === 'object' ? input.value : input;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw.trim());
  return undefined;
}

/**
 * Maps `{ metricKey: rawValue }` to the known, finite, non-negative values, optionally scaled by
 * a power of ten (fen → yuan: `{ salesAmount: -2 }`). Returns undefined when nothing is known.
 */
export function metrics<K extends string>(
  raw: Partial<Record<K, MetricValueInput | undefined>>,
  exponent: Partial<Record<K, number>> = {},
): Partial<Record<K, number>> | undefined {
  const out: Partial<Record<K, number>> = {};
  let any = false;
  for (const [key, value] of Object.entries(raw) as [K, MetricValueInput | undefined][]) {
    const n = metricNumber(value);
    if (n === undefined || n < 0) continue;
    const exp = exponent[key];
    // As a decimal exponent, so 12345 fen → 123.45 yuan exactly (not 123.45000000000002).
    out[key] = !exp ? n : String(n).includes('e') ? n * 10 ** exp : Number(`${n}e${exp}`);
    any = true;
  }
  return any ? out : undefined;
}

/**
 * The payload of a console JSON envelope: `{content: {code, data: {data}}}`, `{data: {data}}` or
 * `{data}`. Undefined when the envelope reports an error code (e.g. sycm's 1009 "数据马不停蹄产出中":
 * data not ready yet = nothing, not zeros) or has no data.
 */
export function unwrapData(body: unknown): unknown {
  let node: unknown = body;
  if (isObject(node) && isObject(node.content)) node = node.content;
  if (!isObject(node)) return undefined;
  if (hasErrorCode(node)) return undefined;
  let data: unknown = node.data;
  if (isObject(data) && 'data' in data && !hasErrorCode(data)) data = data.data;
  return data ?? undefined;
}

/** Like unwrapData, but for list endpoints where data may be `{recordCount, data: [...]}`. */
export function unwrapList(body: unknown): unknown[] | undefined {
  const data = unwrapData(body);
  if (Array.isArray(data)) return data;
  if (isObject(data) && Array.isArray(data.data)) return data.data;
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasErrorCode(node: Record<string, unknown>): boolean {
  const code = node.code;
  if (code === undefined || code === null) return node.success === false;
  return !(code === 0 || code === '0' || code === 200 || code === 'SUCCESS');
}

export { singleDay } from './page-date';
