import { findLabelElementsByKey, readMetricsByLabel, type LabelSynonyms } from './labels';
import { parseConsoleNumber } from './number';

/**
 * A shop's rating (DSR / 店铺评分 / feedback rating) as ShopMate stores it: one score out of 5,
 * the scale of the rating floor (settings.thresholds.ratingFloor, docs/domain.md#rating-floor), read by label.
 *
 * - An overall score, when the console prints one (店铺综合体验分 4.8, Feedback rating 4.7).
 * - Else the lowest of the dimension scores the DSR is made of (描述相符 / 服务态度 / 物流服务):
 *   the floor is broken when any of them is under it, and the lowest is the one to work on.
 *   When a dimension the page shows cannot be read, the lowest is unknown: missing.
 * - Scores out of 10 (京东's 店铺评分) are halved. A score above the scale, or under 1 (the
 *   lowest star; consoles print 0 for a shop without ratings yet), is not a rating: missing.
 *
 * @example
 *   readShopRating(document, { dimensions: [['描述相符'], ['服务态度'], ['物流服务']] }) // 4.79
 *   readShopRating(document, { overall: ['店铺评分'], dimensions: [['物流履约']], scale: 10 }) // 9.65 → 4.825
 */
export interface RatingLabels {
  /** Labels of one overall score; a heading with no number of its own falls back to the dimensions. */
  overall?: readonly string[];
  /** Each dimension's labels (most specific first). */
  dimensions?: readonly (readonly string[])[];
  /** What the console's scores are out of (default 5). */
  scale?: 5 | 10;
}

export interface RatingReadOptions {
  /** Keys whose value the page draws unreadably (an obfuscating font): treated as unreadable. */
  unreadable?: (root: ParentNode, labels: LabelSynonyms<string>) => Set<string>;
}

/** The lowest star a console gives: a smaller number means "no ratings yet". */
const LOWEST_STAR = 1;

interface Tables {
  /** Overall and dimensions together: each bounds the others' cards. */
  all: LabelSynonyms<string>;
  /** The dimensions alone, keyed d0, d1 … in their order (to find the panel holding them all). */
  dimensions: LabelSynonyms<string>;
}

const TABLES = new WeakMap<RatingLabels, Tables>();

/** Label tables built once per RatingLabels constant (the label reader caches by table identity). */
function tablesOf(labels: RatingLabels): Tables {
  let tables = TABLES.get(labels);
  if (!tables) {
    const dimensions = (labels.dimensions ?? []).map((synonyms, i) => ({ [`d${i}`]: synonyms }));
    tables = {
      all: Object.assign(labels.overall?.length ? { overall: labels.overall } : {}, ...dimensions),
      dimensions: Object.assign({}, ...dimensions),
    };
    TABLES.set(labels, tables);
  }
  return tables;
}

/** A score as printed → out of 5, or undefined when it is not a rating on this scale. */
export function toFivePoint(value: number | undefined, scale: 5 | 10 = 5): number | undefined {
  if (value === undefined || !Number.isFinite(value) || value > scale) return undefined;
  // Halving is exact in binary: 9.65 / 2 is the double nearest 4.825, no float noise added.
  const five = scale === 10 ? value / 2 : value;
  return five >= LOWEST_STAR ? five : undefined;
}

/** A rating cell's text ("4.6", "4.6 out of 5", "4.6分") → out of 5; undefined when unreadable. */
export function parseRating(text: string | undefined, scale: 5 | 10 = 5): number | undefined {
  return toFivePoint(parseConsoleNumber(text, 'score'), scale);
}

export function readShopRating(root: ParentNode, labels: RatingLabels, options: RatingReadOptions = {}): number | undefined {
  const tables = tablesOf(labels);
  const scale = labels.scale ?? 5;
  const read = (scope: ParentNode) => {
    const kinds = Object.fromEntries(Object.keys(tables.all).map((k) => [k, 'score' as const]));
    const out = readMetricsByLabel(scope, tables.all, { kinds });
    for (const key of options.unreadable?.(scope, tables.all) ?? []) delete out.values[key];
    return out;
  };

  const page = read(root);
  const overall = toFivePoint(page.values.overall, scale);
  if (overall !== undefined) return overall;

  // The dimensions are read inside the panel that holds them all: a tab or menu entry elsewhere
  // on the page with the same word ("商品评价 (1,286)") is not a score.
  const panel = dimensionPanel(root, tables.dimensions);
  if (!panel) return undefined;
  const { values, labelled } = panel === root ? page : read(panel);
  const shown = labelled.filter((k) => Object.hasOwn(tables.dimensions, k));
  if (!shown.length) return undefined;
  const scores = shown.map((k) => toFivePoint(values[k], scale));
  if (scores.some((score) => score === undefined)) return undefined;
  return Math.min(...(scores as number[]));
}

/**
 * The smallest element holding a label of every dimension shown on the page (the DSR card);
 * the whole page when fewer than two dimensions are shown.
 */
function dimensionPanel(root: ParentNode, dimensions: LabelSynonyms<string>): ParentNode | undefined {
  // One pass over the page for every dimension's labels; the groups in the dimensions' order.
  const byKey = findLabelElementsByKey(root, dimensions);
  const groups = Object.keys(dimensions).map((key) => byKey.get(key) ?? []).filter((g) => g.length > 0);
  if (groups.length === 0) return undefined;
  if (groups.length === 1) return root;
  const [first, ...rest] = groups as [Element[], ...Element[][]];
  let panel: Element | undefined;
  for (const element of first) {
    for (let el = element.parentElement; el; el = el.parentElement) {
      const scope = el;
      if (rest.every((group) => group.some((e) => scope.contains(e)))) {
        if (!panel || panel.contains(scope)) panel = scope;
        break;
      }
      if ((el as Node) === root) break;
    }
  }
  return panel ?? root;
}
