import { cleanText, isKnown, MAX_SHOP_ID, type ShopIdentity } from '@/lib/shops/identity';

/**
 * Helpers for lib/platforms/<id>/shop.ts: read the shop a console page belongs to from its
 * header. A console prints its own shop once; when the selectors find two *different* values
 * (a page that also shows another shop, or a forged element) the answer is "not known", never
 * a guess — the read is then held and falls back like a page without a header.
 * Runs in the content script on every read: a few querySelectorAll calls, no text scans.
 */

/** 'ambiguous' when the matches disagree. */
type One = string | undefined | 'ambiguous';

function single(values: (string | undefined)[]): One {
  const distinct = [...new Set(values.filter((v): v is string => !!v))];
  return distinct.length > 1 ? 'ambiguous' : distinct[0];
}

/** The one text the elements matching `selector` show (after `map`). */
export function textAt(root: ParentNode, selector: string, map: (text: string) => string | undefined = (t) => t): One {
  return single([...root.querySelectorAll(selector)].map((el) => cleanText(el.textContent) && map(cleanText(el.textContent)!)));
}

/** The one value of `attribute` on the elements matching `selector`. */
export function attributeAt(root: ParentNode, selector: string, attribute: string): One {
  return single([...root.querySelectorAll(selector)].map((el) => cleanText(el.getAttribute(attribute), MAX_SHOP_ID)));
}

/** The one `label：value` value in the text of the elements matching `selector` (first capture group). */
export function labelledAt(root: ParentNode, selector: string, label: RegExp): One {
  return single([...root.querySelectorAll(selector)].map((el) => cleanText(label.exec(el.textContent ?? '')?.[1], MAX_SHOP_ID)));
}

/** The one value of the (hidden) form fields matching `selector`. */
export const fieldAt = (root: ParentNode, selector: string): One => attributeAt(root, selector, 'value');

/** The first answer per field in `candidates` order; undefined when a field is ambiguous or nothing is known. */
export function identityOf(candidates: { id?: One; name?: One }[]): ShopIdentity | undefined {
  let id: One;
  let name: One;
  for (const c of candidates) {
    if (id === undefined && c.id !== undefined) id = c.id;
    if (name === undefined && c.name !== undefined) name = c.name;
  }
  if (id === 'ambiguous' || name === 'ambiguous') return undefined;
  const identity: ShopIdentity = { ...(id ? { id } : {}), ...(name ? { name } : {}) };
  return isKnown(identity) ? identity : undefined;
}
