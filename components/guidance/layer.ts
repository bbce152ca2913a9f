import { toBusinessDate } from '@/lib/dates';
import { onlyOwnChanges } from '@/lib/content/shadow-host';
import { oneWalk } from '@/lib/extract/text-nodes';
import { anchorForHint, consoleIsDark, DOT_SIZE, freeSpot, headingAnchor, itemAnchors, metricAnchors, obstaclesNear, rectOf, scrollersOf, visibleIn, type ItemAnchor, type MetricAnchor, type ReaderView } from '@/lib/guidance/anchors';
import type { GuidanceFocus } from '@/lib/guidance/focus';
import type { ItemWords, ShownGuidance } from '@/lib/guidance/words';
import { sendToBackground } from '@/lib/messaging/client';
import type { PageKind } from '@/lib/model/consoles';
import type { PlatformAdapter } from '@/lib/platforms/types';

/**
 * In-page guidance (issue 19): chips beside the metrics and items ShopMate has something to say
 * about, each opening (click, Enter, hover or focus) the reason with its numbers and what to do,
 * a link into the side panel, and "hide on this page today". The layer takes no clicks but its
 * chips, sits beside the anchors (never on the console's controls), follows the console's light
 * or dark look, and is laid out again when the page changes.
 *
 * Drawn with the DOM alone, not React (the popup, side panel and options stay React): the layer
 * is a few absolutely placed chips and one open card, and react-dom was 203 KB of the 407 KB
 * guidance file every marked page compiled, with its render on top (measured 2026-12-07:
 * 商品排行 with three marks at ×4.8 TaskDuration against an empty extension, ×1.5 without
 * guidance). Each layout reads every box first and writes after, so the page is laid out once,
 * and only the hints in and near the viewport are placed (an item list may show 500 rows); more
 * are placed as the seller scrolls.
 */

export interface LayerOptions {
  platform: PlatformAdapter;
  pageKind: PageKind;
  guidance: ShownGuidance;
  /** The layer's own host (a list's scroll inside it is not the page's) and the element inside its shadow root. */
  host: Element;
  mount: HTMLElement;
  /** The page's reader (its latest read, its label trace): numbers are found without reading the page again. */
  reader?: ReaderView;
  /** The seller hid the hints on this page for today: the layer goes. */
  onHidden(): void;
}

/** The page is anchored again this long after it stops changing. */
const SETTLE_MS = 800;
/** Hints within this many viewport heights above and below the viewport are placed. */
const NEAR_SCREENS = 1;

/** One hint the page may show: what it is about, its words, and what opens from it. */
interface Hint {
  id: string;
  node: Node;
  row?: Element;
  /** The words, fullest first; the fullest that fits beside the anchor is shown. */
  forms: string[];
  text: string;
  label: string;
  warn: boolean;
  data: Record<string, string>;
  body(): Node[];
}

/** A hint drawn: its wrapper, chip and, while open, its card. */
interface Drawn {
  hint: Hint;
  wrap: HTMLDivElement;
  chip: HTMLButtonElement;
  pop?: HTMLDivElement;
}

/** An element with its class, attributes and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Draws the page's guidance into `mount`; returns what stops it. */
export function startGuidanceLayer({ platform, pageKind, guidance, reader, host, mount, onHidden }: LayerOptions): { stop(): void } {
  const words = guidance.words.layer;
  const root = el('div', { class: 'sg-root', role: 'region', 'aria-label': words.layer });
  mount.append(root);
  const drawn = new Map<string, Drawn>();
  let pinned: string | undefined;
  let hot: string | undefined;
  let status: HTMLDivElement | undefined;
  let hidden = false;
  let anchored: { metrics: MetricAnchor[]; items: ItemAnchor[]; heading?: Node } | undefined;
  /** The nodes the hints sit beside (last layout), and the boxes each scrolls in (read once per node). */
  let anchorNodes: Node[] = [];
  const scrollersByNode = new WeakMap<Node, Element[]>();

  const setStatus = (text: string) => {
    status ??= root.appendChild(el('div', { class: 'sg-status', role: 'status' }));
    status.textContent = text;
  };

  const open = (focus: Omit<GuidanceFocus, 'at' | 'shopKey'>) => {
    sendToBackground('guidance.open', { ...focus, shopKey: guidance.shopKey }).catch((error: unknown) =>
      setStatus(words.openFailed.replace('{reason}', error instanceof Error ? error.message : String(error))),
    );
  };

  const hideToday = () => {
    pinned = undefined;
    hidden = true;
    setStatus(words.hidden);
    layout();
    sendToBackground('guidance.hideToday', { platform: platform.id, pageKind, host: location.hostname, path: location.pathname, today: toBusinessDate(Date.now()) })
      .then(() => window.setTimeout(onHidden, 4000))
      .catch((error: unknown) => setStatus(words.error.replace('{reason}', error instanceof Error ? error.message : String(error))));
  };

  /** The card's buttons: the hint's own link into the side panel (if any), then hide for today. */
  const actions = (primary?: [string, () => void]) =>
    el('p', { class: 'sg-actions' }, ...(primary ? [button('sg-btn sg-primary', ...primary)] : []), button('sg-btn', words.hideToday, hideToday, { 'data-action': 'hide-today' }));

  /** The hints this page shows, each with the node it sits beside. */
  function hints(): Hint[] {
    anchored ??= {
      metrics: guidance.kind === 'metrics' ? metricAnchors(document, platform, pageKind, guidance, reader) : [],
      items: guidance.items.length ? itemAnchors(document, guidance.items.map((i) => i.itemId)) : [],
      heading: guidance.words.campaign ? headingAnchor(document) : undefined,
    };
    const out: Hint[] = [];
    for (const hint of guidance.metrics) {
      const anchor = anchorForHint(anchored.metrics, hint);
      const w = guidance.words.metrics[hint.tip.id];
      if (!anchor || !w) continue;
      // A chip beside another day's number names the day it is about.
      const same = anchor.date === hint.tip.date;
      const text = same ? w.text : w.ofDay;
      out.push({
        id: `metric-${hint.tip.id}`,
        node: anchor.node,
        forms: [text, w.compact, w.compact.slice(0, 1)],
        text,
        label: same ? w.label : w.labelOfDay,
        warn: hint.tip.severity !== 'low',
        data: { guide: 'metric', metric: hint.metric, rule: hint.tip.rule },
        body: () => [
          el('h3', {}, w.title),
          el('p', {}, w.body),
          actions([words.openTip, () => open({ tab: hint.tip.numbers.tab === 'items' ? 'items' : 'report', ...(hint.tip.numbers.focus ? { focus: hint.tip.numbers.focus } : {}) })]),
        ],
      });
    }
    for (const anchor of anchored.items) {
      const w: ItemWords | undefined = guidance.words.items[anchor.itemId];
      if (!w) continue;
      const [first] = w.marks;
      out.push({
        id: `item-${anchor.itemId}`,
        node: anchor.name,
        row: anchor.row,
        forms: [w.text, ...(w.marks.length > 1 ? [`${first!.label} +${w.marks.length - 1}`] : []), first!.label, String(w.marks.length)],
        text: w.text,
        label: w.label,
        warn: w.marks.some((m) => m.warn),
        data: { guide: 'item', item: anchor.itemId, marks: w.marks.map((m) => m.kind).join(' ') },
        body: () => [
          el(
            'ul',
            { class: 'sg-marks' },
            ...w.marks.map((m) => el('li', { 'data-mark': m.kind, ...(m.warn ? { class: 'sg-warn-text' } : {}) }, el('strong', {}, m.label), ` ${m.reason}`)),
          ),
          actions([words.openItem, () => open({ tab: 'items', itemId: anchor.itemId, focus: first!.section })]),
        ],
      });
    }
    // The campaign review prompt (issue 19 item 3): one chip beside the page's heading.
    const campaign = guidance.words.campaign;
    if (campaign && anchored.heading) {
      out.push({
        id: 'campaigns',
        node: anchored.heading,
        forms: campaign.forms,
        text: campaign.forms[0]!,
        label: campaign.label,
        warn: true,
        data: { guide: 'campaign', campaigns: campaign.list.map((c) => c.name).join('|') },
        body: () => [
          el(
            'ul',
            { class: 'sg-marks' },
            ...campaign.list.map((c) =>
              el('li', { 'data-campaign': c.name }, `${c.title} `, button('sg-btn sg-primary', campaign.open, () => open({ tab: 'campaigns', ...(c.campaignId !== undefined ? { campaignId: c.campaignId } : {}) }))),
            ),
          ),
          el('p', {}, campaign.body),
          actions(),
        ],
      });
    }
    return out;
  }

  /** Places the chips near the viewport: every box read first, then every chip written. */
  function layout() {
    // Reads only, sharing one walk of the page's text (lib/extract/text-nodes.ts): anchors, their
    // boxes (the page is laid out at most once here), the obstacles around each. No write comes
    // before the last read, or the page would be laid out again for each chip.
    const dark = consoleIsDark(document);
    const viewportWidth = document.documentElement.clientWidth;
    const spots = oneWalk(() => {
      const wanted = hidden ? [] : hints();
      anchorNodes = wanted.map((h) => h.node);
      const vh = window.innerHeight;
      // The page in viewport coordinates: a chip past its right edge would widen it.
      const page = { left: -window.scrollX, top: -window.scrollY, right: document.documentElement.scrollWidth - window.scrollX, bottom: Infinity };
      const near = wanted.flatMap((hint) => {
        const rect = rectOf(hint.node);
        if (!rect || rect.bottom < -vh * NEAR_SCREENS || rect.top > vh * (1 + NEAR_SCREENS)) return [];
        // Inside a list that scrolls on its own, only what the list shows: a row scrolled out of it has no chip.
        let scrollers = scrollersByNode.get(hint.node);
        if (!scrollers) scrollersByNode.set(hint.node, (scrollers = scrollersOf(hint.node)));
        const within = visibleIn(page, scrollers);
        const [x, y] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
        return x > within.left && x < within.right && y > within.top && y < within.bottom ? [{ hint, rect, within }] : [];
      });
      // Chips placed so far are obstacles too.
      const taken: DOMRect[] = [];
      return near.flatMap(({ hint, rect, within }) => {
        const forms = hint.forms.map(chipWidth);
        const row = hint.row?.getBoundingClientRect();
        const spot = freeSpot(rect, forms, CHIP_HEIGHT, [...obstaclesNear(hint.node), ...taken], row, within);
        if (!spot) return [];
        const [w, h] = spot.dot ? [DOT_SIZE, DOT_SIZE] : [forms[spot.level]!, CHIP_HEIGHT];
        taken.push(new DOMRect(spot.left, spot.top, w, h));
        // Its card opens under the chip and under what it is about (the item's row, the number): never over them.
        const drop = Math.max(h, (row ?? rect).bottom - spot.top) + 4;
        return [{ hint, left: spot.left + window.scrollX, top: spot.top + window.scrollY, shown: spot.dot ? '' : hint.forms[spot.level]!, dot: !!spot.dot, drop }];
      });
    });
    // Writes.
    root.classList.toggle('sg-dark', dark);
    const keep = new Set(spots.map((s) => s.hint.id));
    const focused = host.shadowRoot?.activeElement ?? null;
    for (const [id, d] of drawn) {
      // A chip the seller is on stays where it was, even scrolled far away.
      if (keep.has(id) || (!hidden && (id === pinned || d.wrap.contains(focused)))) continue;
      d.wrap.remove();
      drawn.delete(id);
    }
    for (const { hint, left, top, shown, dot, drop } of spots) {
      let d = drawn.get(hint.id);
      if (!d) drawn.set(hint.id, (d = draw(hint)));
      d.hint = hint;
      d.wrap.style.left = `${left}px`;
      d.wrap.style.top = `${top}px`;
      // The window's width right of the chip: its card opens leftwards where it would not fit (guidance.css, 320 px).
      d.wrap.style.setProperty('--sg-room', `${viewportWidth - (left - window.scrollX)}px`);
      d.wrap.style.setProperty('--sg-drop', `${drop}px`);
      d.wrap.classList.toggle('sg-warn', hint.warn);
      d.chip.classList.toggle('sg-dot', dot);
      if (d.chip.textContent !== shown) d.chip.textContent = shown;
      d.chip.setAttribute('aria-label', hint.label);
      for (const [k, v] of Object.entries(hint.data)) d.chip.dataset[k] = v;
    }
    // In page order, so Tab walks the chips as the page reads.
    const ordered = spots.map((s) => drawn.get(s.hint.id)!.wrap);
    if (ordered.some((w, i) => root.children[i] !== w)) root.prepend(...ordered);
    update();
  }

  /** One hint's chip and wrapper, with its events (hover, focus, Esc, click). */
  function draw(hint: Hint): Drawn {
    const chip = el('button', { type: 'button', class: 'sg-chip', 'aria-expanded': 'false' });
    const wrap = el('div', { class: 'sg-hint' }, chip);
    const d: Drawn = { hint, wrap, chip };
    const id = hint.id;
    wrap.addEventListener('mouseenter', () => set({ hot: id }));
    wrap.addEventListener('mouseleave', () => hot === id && set({ hot: undefined }));
    wrap.addEventListener('focusin', () => set({ hot: id }));
    wrap.addEventListener('focusout', (e) => {
      if (!wrap.contains(e.relatedTarget as Node | null) && hot === id) set({ hot: undefined });
    });
    wrap.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && (pinned === id || hot === id)) {
        e.preventDefault();
        e.stopPropagation();
        close(id);
      }
    });
    chip.addEventListener('click', () => set({ pinned: pinned === id ? undefined : id }));
    return d;
  }

  const close = (id: string) => {
    pinned = undefined;
    hot = undefined;
    // (focusing the chip from its card opens it again by focus, as a focused chip shows its card)
    drawn.get(id)?.chip.focus();
    update();
  };

  function set(change: { hot?: string | undefined; pinned?: string | undefined }) {
    if ('hot' in change) hot = change.hot;
    if ('pinned' in change) pinned = change.pinned;
    update();
  }

  /** Shows the card of the pinned or hovered/focused chip, and only that. */
  function update() {
    for (const [id, d] of drawn) {
      const shown = pinned === id || hot === id;
      d.chip.setAttribute('aria-expanded', String(shown));
      if (shown && !d.pop) {
        d.pop = el('div', { class: 'sg-pop', role: 'dialog', 'aria-label': d.hint.text, 'data-guide-pop': id }, ...d.hint.body(), button('sg-x', '×', () => close(id), { 'aria-label': words.close, title: words.close }));
        d.wrap.append(d.pop);
      } else if (!shown && d.pop) {
        d.pop.remove();
        d.pop = undefined;
      }
    }
  }

  // Follow the page: lay out again when it resizes or scrolls far, anchor again when it changes.
  let frame: number | undefined;
  let laidAt = window.scrollY;
  const relayout = () => {
    if (frame === undefined) frame = window.requestAnimationFrame(() => ((frame = undefined), (laidAt = window.scrollY), layout()));
  };
  // The page scrolling far, or a list holding hints scrolling on its own (the chips follow its rows).
  const onScroll = (e: Event) => {
    const target = e.target;
    if (target === document || target === document.documentElement) {
      if (Math.abs(window.scrollY - laidAt) > window.innerHeight / 2) relayout();
    } else if (target instanceof Element && !host.contains(target) && anchorNodes.some((n) => target.contains(n))) relayout();
  };
  let observed = false;
  const resized = new ResizeObserver(() => (observed ? relayout() : (observed = true)));
  let pending: number | undefined;
  const changed = new MutationObserver((records) => {
    if (onlyOwnChanges(records)) return;
    window.clearTimeout(pending);
    pending = window.setTimeout(() => ((anchored = undefined), relayout()), SETTLE_MS);
  });
  window.addEventListener('resize', relayout);
  // (capture: a list's own scroll does not bubble)
  window.addEventListener('scroll', onScroll, { passive: true, capture: true });
  resized.observe(document.body ?? document.documentElement);
  changed.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  layout();

  return {
    stop() {
      window.removeEventListener('resize', relayout);
      window.removeEventListener('scroll', onScroll, { capture: true });
      resized.disconnect();
      changed.disconnect();
      window.clearTimeout(pending);
      if (frame !== undefined) window.cancelAnimationFrame(frame);
    },
  };
}

/** The chips' height, font size and side padding (components/guidance/guidance.css .sg-chip). */
const CHIP_HEIGHT = 16;
const CHIP_FONT_PX = 11;
const CHIP_PADDING = 12;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * A chip's width with these words, from its font size alone: a CJK character is 1 em; '%' up to
 * 1 em, '+', '−' and arrows 0.85 em, spaces and light punctuation 0.35 em, anything else 0.65 em in
 * the system sans fonts — never less than the chip as drawn, so a chip placed by it covers
 * nothing. Measuring each form in the chip's font cost a forced layout of the layer and the first
 * shaping of its CJK words in the page's renderer (5–13 ms on 商品排行).
 */
export function chipWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) || ch === '%' ? 1 : /[+\u2212\u2190-\u21ff]/u.test(ch) ? 0.85 : /[\s·.,:;']/u.test(ch) ? 0.35 : 0.65;
  return Math.ceil(em * CHIP_FONT_PX) + CHIP_PADDING;
}

function button(className: string, text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', class: className, ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}
