import type { ItemEditSupport } from '@/lib/platforms/types';

/**
 * Reading an item edit page from a given root (a document or a fixture), so every platform's
 * field finding runs in unit tests on fixture HTML and in the content script alike.
 */

export type TitleInput = HTMLInputElement | HTMLTextAreaElement;

/** ItemEditSupport plus what the guard reads to tell which fields an edit changed. */
export interface ItemEditPage extends ItemEditSupport {
  /** The price as the price field shows it (major unit); undefined when unreadable. */
  price?(root: ParentNode): number | undefined;
  /** The main image's address, to tell whether it was replaced. */
  mainImage?(root: ParentNode): string | undefined;
  /** The element the guard is placed after (default: the title field itself). */
  guardAnchor?(field: TitleInput): Element;
}

const isTextInput = (el: Element | null | undefined): el is TitleInput =>
  !!el &&
  (el.tagName === 'TEXTAREA' ||
    (el.tagName === 'INPUT' && ['text', 'search', ''].includes((el.getAttribute('type') ?? '').toLowerCase())));

/** The first text input or textarea inside `scope`, looking into open shadow roots of web components. */
export function textInputIn(scope: ParentNode | null | undefined): TitleInput | null {
  if (!scope) return null;
  for (const el of scope.querySelectorAll('input, textarea, kat-input, kat-textarea')) {
    if (isTextInput(el)) return el;
    const inner = el.shadowRoot ? textInputIn(el.shadowRoot) : null;
    if (inner) return inner;
  }
  return null;
}

/** First element matching one of the selectors, in order (primary first, then dated fallbacks). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Label text as compared: no spaces, required-marks or colons, lower case. */
const normalizeLabel = (text: string) => text.replace(/[\s*＊:：]/g, '').toLowerCase();

/**
 * The text input of the form row labelled `labels` (e.g. 宝贝标题): a short element whose
 * text is exactly a label, then the nearest input within its row (up to 4 ancestors up).
 * Web components carry the label as an attribute (kat-input label="Item Name").
 */
export function inputByLabel(
  root: ParentNode,
  labels: readonly string[],
  labelSelector = 'label, span, div, th, td, dt, p',
): TitleInput | null {
  const wanted = labels.map(normalizeLabel);
  for (const host of root.querySelectorAll('kat-input[label], kat-textarea[label]')) {
    if (wanted.includes(normalizeLabel(host.getAttribute('label') ?? ''))) {
      const inner = textInputIn(host.shadowRoot);
      if (inner) return inner;
    }
  }
  for (const el of root.querySelectorAll(labelSelector)) {
    const text = el.textContent ?? '';
    if (text.length > 24 || !wanted.includes(normalizeLabel(text))) continue;
    if (el.tagName === 'LABEL') {
      const forId = el.getAttribute('for');
      const target = forId ? (el.ownerDocument?.getElementById(forId) ?? null) : null;
      if (isTextInput(target)) return target;
    }
    let scope: Element | null = el.parentElement;
    for (let depth = 0; scope && depth < 4; depth++, scope = scope.parentElement) {
      const input = textInputIn(scope);
      if (input) return input;
    }
  }
  return null;
}

/** The visible text of a control (button text, value, aria-label or a web component's label). */
export function controlText(el: Element): string {
  const text =
    el.getAttribute('aria-label') ??
    el.getAttribute('label') ??
    (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent) ??
    '';
  return text.replace(/\s+/g, '').toLowerCase();
}

const CONTROL_TAGS = new Set(['BUTTON', 'A', 'INPUT', 'KAT-BUTTON']);

/** Is `el` a button-like control whose text is one of `texts` (compared without spaces)? */
export function isControlWithText(el: Element, texts: readonly string[]): boolean {
  if (!CONTROL_TAGS.has(el.tagName) && el.getAttribute('role') !== 'button') return false;
  if (el.tagName === 'INPUT' && !['submit', 'button'].includes((el as HTMLInputElement).type)) return false;
  const text = controlText(el);
  return texts.some((t) => t.replace(/\s+/g, '').toLowerCase() === text);
}

/** A price as written in an input ("199.00", "¥1,299", "$24.99"); unreadable → undefined, never 0 or NaN. */
export function priceOf(input: Element | null): number | undefined {
  const raw = input && 'value' in input ? String((input as HTMLInputElement).value) : input?.textContent;
  if (!raw) return undefined;
  const cleaned = raw.replace(/[¥￥$,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** The URL parameter, trimmed; undefined when absent or empty. */
export function param(url: URL, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = url.searchParams.get(name)?.trim();
    if (value) return value;
  }
  return undefined;
}
