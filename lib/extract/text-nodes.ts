/**
 * The text nodes under a root, in document order. A read asks for them many times — labels,
 * date markers, each card's value, the update time, obfuscated digits — over the document and
 * over sections of it. Inside `oneWalk` the document is walked once: a section's text nodes are
 * a contiguous run of the document's list, found by binary search. Outside it (tests, one-off
 * calls) every call walks its root.
 *
 * @example
 *   oneWalk(() => { findDateMarkers(document, today); readMetricsByLabel(section, labels); });
 */

const SHOW_TEXT = 4;
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/** Per document, while a read runs: its text nodes in order, and each element's visibility. */
let walks: Map<Document, Text[]> | undefined;
let shown: Map<Element, boolean> | undefined;

/** Runs a read that does not change the page: every text-node walk in it shares one walk per document. */
export function oneWalk<T>(read: () => T): T {
  if (walks) return read(); // nested: the outer read's lists stay valid
  walks = new Map();
  shown = new Map();
  try {
    return read();
  } finally {
    walks = undefined;
    shown = undefined;
  }
}

export function textNodesOf(root: ParentNode): readonly Text[] {
  const node = root as Node;
  const doc = node.ownerDocument ?? (root as Document);
  if (!walks || !node.isConnected) return walk(doc, node);
  let all = walks.get(doc);
  if (!all) walks.set(doc, (all = walk(doc, doc)));
  if (node === doc || node === doc.documentElement) return all;
  // First text node not before root; then the run of those inside it.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (node.compareDocumentPosition(all[mid]!) & PRECEDING) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < all.length && node.compareDocumentPosition(all[end]!) & CONTAINED_BY) end++;
  return all.slice(lo, end);
}

/** Is the element rendered (not hidden, not display:none)? Remembered for the read inside `oneWalk`. */
export function isShown(element: Element): boolean {
  const known = shown?.get(element);
  if (known !== undefined) return known;
  let result: boolean;
  if (element.closest('[hidden], [aria-hidden="true"], template')) result = false;
  else {
    const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
    result = typeof check === 'function' ? check.call(element) : true;
  }
  shown?.set(element, result);
  return result;
}

function walk(doc: Document, root: Node): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}
