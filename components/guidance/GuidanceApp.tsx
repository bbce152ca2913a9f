import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { translator, type MessageKey, type Translate } from '@/lib/i18n';
import { resolveLocale } from '@/lib/i18n/locale';
import { sendToBackground } from '@/lib/messaging/client';
import { toBusinessDate } from '@/lib/dates';
import { shortDate } from '@/lib/format';
import type { PageKind } from '@/lib/model/consoles';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { anchorForHint, consoleIsDark, freeSpot, headingAnchor, itemAnchors, metricAnchors, obstaclesNear, rectOf } from '@/lib/guidance/anchors';
import { itemMarks, metricChipCompact, metricChipText, tipText, type ItemMarkText } from '@/lib/guidance/describe';
import type { GuidanceFocus } from '@/lib/guidance/focus';
import type { PageGuidance } from '@/lib/guidance/types';
import { campaignChipForms, campaignHint } from './CampaignHint';

interface Props {
  platform: PlatformAdapter;
  pageKind: PageKind;
  guidance: PageGuidance;
  /** The layer's own host: its changes are not the page's. */
  host: Element;
  /** The seller hid the hints on this page for today: the layer goes. */
  onHidden(): void;
}

/** The page is anchored again this long after it stops changing, and at most this often. */
const SETTLE_MS = 800;
/** The chips' height and font (components/guidance/guidance.css .sg-chip). */
const CHIP_HEIGHT = 16;
const CHIP_FONT = "11px system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";
const CHIP_PADDING = 12;

/** One chip placed on the page: where, what it says, and what opens from it. */
export interface Placed {
  id: string;
  left: number;
  top: number;
  /** The words shown: the fullest form that fits beside the anchor. */
  shown: string;
  text: string;
  label: string;
  warn: boolean;
  data: Record<string, string>;
  body: ReactNode;
}

/**
 * In-page guidance (issue 19): chips beside the metrics and items ShopMate has something to say
 * about, each opening (click, Enter, hover or focus) the reason with its numbers and what to do,
 * a link into the side panel, and "hide on this page today". The layer takes no clicks but its
 * chips, sits beside the anchors (never on the console's controls), follows the console's light
 * or dark look, and is laid out again when the page changes.
 */
export function GuidanceApp({ platform, pageKind, guidance, host, onHidden }: Props) {
  const locale = resolveLocale(guidance.language);
  const t = useMemo(() => translator(locale), [locale]);
  const [version, setVersion] = useState(0);
  const [, setLayout] = useState(0);
  const [pinned, setPinned] = useState<string>();
  const [hot, setHot] = useState<string>();
  const [status, setStatus] = useState<string>();
  const chips = useRef(new Map<string, HTMLButtonElement>());

  // Follow the page: lay out again when it resizes, anchor again when it changes (debounced).
  useEffect(() => {
    const relayout = () => setLayout((n) => n + 1);
    window.addEventListener('resize', relayout);
    const resized = new ResizeObserver(relayout);
    resized.observe(document.body ?? document.documentElement);
    let pending: number | undefined;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => host.contains(r.target))) return;
      window.clearTimeout(pending);
      pending = window.setTimeout(() => setVersion((n) => n + 1), SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    return () => {
      window.removeEventListener('resize', relayout);
      resized.disconnect();
      window.clearTimeout(pending);
      observer.disconnect();
    };
  }, [host]);

  const dark = useMemo(() => {
    void version;
    return consoleIsDark(document);
  }, [version]);

  const open = useCallback(
    (focus: Omit<GuidanceFocus, 'at' | 'shopKey'>) => {
      sendToBackground('guidance.open', { ...focus, shopKey: guidance.shopKey }).catch((error: unknown) =>
        setStatus(t('guide.openFailed', { reason: error instanceof Error ? error.message : String(error) })),
      );
    },
    [guidance.shopKey, t],
  );

  const hideToday = useCallback(() => {
    setPinned(undefined);
    setStatus(t('guide.hidden'));
    sendToBackground('guidance.hideToday', {
      platform: platform.id,
      pageKind,
      host: location.hostname,
      path: location.pathname,
      today: toBusinessDate(Date.now()),
    })
      .then(() => window.setTimeout(onHidden, 4000))
      .catch((error: unknown) => setStatus(t('common.error', { reason: error instanceof Error ? error.message : String(error) })));
  }, [platform.id, pageKind, onHidden, t]);

  const anchored = useMemo(() => {
    void version;
    return {
      metrics: guidance.kind === 'metrics' ? metricAnchors(document, platform, pageKind, guidance) : [],
      items: guidance.items.length ? itemAnchors(document, guidance.items.map((i) => i.itemId)) : [],
      heading: guidance.campaigns.length ? headingAnchor(document) : undefined,
    };
  }, [version, guidance, platform, pageKind]);

  const hidden = status === t('guide.hidden');
  const actions = (extra: ReactNode) => (
    <p className="sg-actions">
      {extra}
      <button type="button" className="sg-btn" data-action="hide-today" onClick={hideToday}>
        {t('guide.hideToday')}
      </button>
    </p>
  );

  const placed: Placed[] = [];
  // Chips placed so far are obstacles too: two chips never overlap.
  const taken: DOMRect[] = [];
  const place = (node: Node, rect: DOMRect, forms: string[], row?: Element) => {
    const spot = freeSpot(rect, forms.map(chipWidth), CHIP_HEIGHT, [...obstaclesNear(node), ...taken], row?.getBoundingClientRect());
    const shown = forms[spot.level]!;
    taken.push(new DOMRect(spot.left, spot.top, chipWidth(shown), CHIP_HEIGHT));
    return { left: spot.left + window.scrollX, top: spot.top + window.scrollY, shown };
  };
  if (!hidden) {
    for (const hint of guidance.metrics) {
      const anchor = anchorForHint(anchored.metrics, hint);
      const rect = anchor && rectOf(anchor.node);
      if (!anchor || !rect) continue;
      const change = metricChipText(hint, t, locale);
      // A chip beside another day's number names the day it is about.
      const text = anchor.date === hint.tip.date ? change : t('guide.metric.ofDay', { date: shortDate(hint.tip.date, locale), text: change });
      const metric = t(`metric.${hint.metric}` as MessageKey);
      const { title, body } = tipText(hint.tip, t, locale, guidance.currency);
      placed.push({
        ...place(anchor.node, rect, [text, metricChipCompact(hint, locale), metricChipCompact(hint, locale).slice(0, 1)]),
        id: `metric-${hint.tip.id}`,
        text,
        label: t('guide.metric.chipLabel', { metric, text }),
        warn: hint.tip.severity !== 'low',
        data: { 'data-guide': 'metric', 'data-metric': hint.metric, 'data-rule': hint.tip.rule },
        body: (
          <>
            <h3>{title}</h3>
            <p>{body}</p>
            {actions(
              <button type="button" className="sg-btn sg-primary" onClick={() => open({ tab: hint.tip.numbers.tab === 'items' ? 'items' : 'report', ...(hint.tip.numbers.focus ? { focus: hint.tip.numbers.focus } : {}) })}>
                {t('guide.open.tip')}
              </button>,
            )}
          </>
        ),
      });
    }
    const byId = new Map(guidance.items.map((g) => [g.itemId, g]));
    for (const anchor of anchored.items) {
      const g = byId.get(anchor.itemId);
      const rect = rectOf(anchor.name);
      if (!g || !rect) continue;
      const marks = itemMarks(g, t, locale);
      if (!marks.length) continue;
      const text = marks.map((m) => m.label).join(' · ');
      placed.push({
        ...place(anchor.name, rect, [text, ...(marks.length > 1 ? [`${marks[0]!.label} +${marks.length - 1}`] : []), marks[0]!.label, String(marks.length)], anchor.row),
        id: `item-${g.itemId}`,
        text,
        label: t('guide.item.chipLabel', { marks: text }),
        warn: marks.some((m) => m.warn),
        data: { 'data-guide': 'item', 'data-item': g.itemId, 'data-marks': marks.map((m) => m.kind).join(' ') },
        body: <ItemBody marks={marks} t={t} actions={actions(
          <button type="button" className="sg-btn sg-primary" onClick={() => open({ tab: 'items', itemId: g.itemId, focus: marks[0]!.section })}>
            {t('guide.open.item')}
          </button>,
        )} />,
      });
    }
    const headingRect = anchored.heading && rectOf(anchored.heading);
    if (anchored.heading && headingRect && guidance.campaigns.length) {
      const spot = place(anchored.heading, headingRect, campaignChipForms(guidance.campaigns, t));
      placed.push(campaignHint({ campaigns: guidance.campaigns, spot, t, locale, currency: guidance.currency, open, actions }));
    }
  }

  const close = (id: string) => {
    setPinned(undefined);
    setHot(undefined);
    chips.current.get(id)?.focus();
  };

  return (
    <div className={`sg-root${dark ? ' sg-dark' : ''}`} role="region" aria-label={t('guide.layer')}>
      {placed.map((p) => {
        const shown = pinned === p.id || hot === p.id;
        return (
          <div
            key={p.id}
            className={`sg-hint${p.warn ? ' sg-warn' : ''}`}
            style={{ left: p.left, top: p.top }}
            onMouseEnter={() => setHot(p.id)}
            onMouseLeave={() => setHot((h) => (h === p.id ? undefined : h))}
            onFocus={() => setHot(p.id)}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHot((h) => (h === p.id ? undefined : h));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && shown) {
                e.preventDefault();
                e.stopPropagation();
                close(p.id);
              }
            }}
          >
            <button
              type="button"
              className="sg-chip"
              {...p.data}
              aria-label={p.label}
              aria-expanded={shown}
              ref={(el) => {
                if (el) chips.current.set(p.id, el);
                else chips.current.delete(p.id);
              }}
              onClick={() => setPinned((x) => (x === p.id ? undefined : p.id))}
            >
              {p.shown}
            </button>
            {shown ? (
              <div className="sg-pop" role="dialog" aria-label={p.text} data-guide-pop={p.id}>
                {p.body}
                <button type="button" className="sg-x" aria-label={t('guide.close')} title={t('guide.close')} onClick={() => close(p.id)}>
                  ×
                </button>
              </div>
            ) : null}
          </div>
        );
      })}
      {status ? (
        <div className="sg-status" role="status">
          {status}
        </div>
      ) : null}
    </div>
  );
}

function ItemBody({ marks, t, actions }: { marks: ItemMarkText[]; t: Translate; actions: ReactNode }) {
  void t;
  return (
    <>
      <ul className="sg-marks">
        {marks.map((m) => (
          <li key={m.kind} data-mark={m.kind} className={m.warn ? 'sg-warn-text' : undefined}>
            <strong>{m.label}</strong> {m.reason}
          </li>
        ))}
      </ul>
      {actions}
    </>
  );
}

let measure: CanvasRenderingContext2D | null | undefined;
/** A chip's width with these words, measured in its own font. */
function chipWidth(text: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 11 + CHIP_PADDING;
  measure.font = CHIP_FONT;
  return Math.ceil(measure.measureText(text).width) + CHIP_PADDING;
}
