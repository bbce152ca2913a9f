import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toBusinessDate } from '@/lib/dates';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { translator, type Locale, type MessageKey, type Translate } from '@/lib/i18n';
import { resolveLocale } from '@/lib/i18n/locale';
import { sendToBackground } from '@/lib/messaging/client';
import type { OverlayContext } from '@/lib/messaging/messages/rules';
import { CATALOGUE, type MetricKey, type ShopMetricKey } from '@/lib/model/catalogue';
import type { PageKind } from '@/lib/model/consoles';
import { readableDocuments, urlOf } from '@/lib/content/frames';
import { onlyOwnChanges } from '@/lib/content/shadow-host';
import { collectMarks, conflictOf, frameOf, MAX_ITEM_ROWS, type Mark } from '@/lib/overlay/marks';
import type { PlatformAdapter } from '@/lib/platforms/types';
import type { Teach } from '@/lib/rules/schema';
import { MetricPicker, type Choice } from './MetricPicker';

interface Props {
  platform: PlatformAdapter;
  pageKind: PageKind;
  initial: OverlayContext;
  onClose(): void;
}

interface Conflict {
  mark: Mark;
  metric: ShopMetricKey;
  builtIn: number;
  builtInLabel: string;
}

const metricName = (t: Translate, key: MetricKey) => t(`metric.${key}` as MessageKey);
/** Marks are laid out again this often while shown (the page may reflow); a page change re-reads after a pause. */
const LAYOUT_MS = 1000;
const REREAD_MS = 800;

/**
 * The reading overlay (issue 12): a mark on every number the read took (solid, with metric, day
 * and shop), every labelled number it did not (dashed), look-alikes and failed cross-checks
 * (orange); another shop's or the market's numbers (同行, 行业) get a look of their own and no
 * picker, their chip saying why they are not read; each mark's chip is a button, so Tab walks them and Enter opens the picker. A panel
 * in the corner sums it up, lists rules whose label the page no longer shows, and holds undo.
 */
export function OverlayApp({ platform, pageKind, initial, onClose }: Props) {
  const locale = resolveLocale(initial.language);
  const t = useMemo(() => translator(locale), [locale]);
  const [rules, setRules] = useState(initial.rules);
  const [version, setVersion] = useState(0);
  const [, setLayout] = useState(0);
  const [picking, setPicking] = useState<Mark>();
  const [conflict, setConflict] = useState<Conflict>();
  const [toast, setToast] = useState<{ text: string; undo?: number }>();
  const chips = useRef(new Map<string, HTMLButtonElement>());
  const panel = useRef<HTMLElement>(null);

  // The page and its same-origin frames (生意参谋's micro-apps), read as the console script reads them.
  const docs = useMemo(() => {
    void version;
    return readableDocuments(document).map((doc) => ({ doc, ctx: readContext(pageKind, doc) }));
  }, [pageKind, version]);
  const [frames, setFrames] = useState(docs.length);
  const frameCount = useRef(docs.length);
  const page = useMemo(() => collectMarks(docs, platform, rules, initial.crossCheckTolerance), [docs, platform, rules, initial.crossCheckTolerance]);
  const shop = useMemo(() => {
    void version;
    const identity = platform.readShop?.(document);
    return identity?.name ?? identity?.id;
  }, [platform, version]);

  // Follow the page: lay out again on resize and now and then; read again after the page or one
  // of its frames changes, or a frame comes or goes.
  useEffect(() => {
    const relayout = () => {
      setLayout((n) => n + 1);
      const count = readableDocuments(document).length;
      if (count === frameCount.current) return;
      frameCount.current = count;
      setFrames(count);
      setVersion((n) => n + 1);
    };
    window.addEventListener('resize', relayout);
    const timer = window.setInterval(relayout, LAYOUT_MS);
    let pending: number | undefined;
    const observer = new MutationObserver((records) => {
      if (onlyOwnChanges(records)) return;
      window.clearTimeout(pending);
      pending = window.setTimeout(() => setVersion((n) => n + 1), REREAD_MS);
    });
    for (const doc of readableDocuments(document)) observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    return () => {
      window.removeEventListener('resize', relayout);
      window.clearInterval(timer);
      window.clearTimeout(pending);
      observer.disconnect();
    };
    // Re-subscribed when frames come or go (the read itself follows `version`).
  }, [frames]);

  // Keyboard: start on the first mark (or the panel), Esc hides the overlay when no picker is open.
  useEffect(() => {
    const first = page.marks[0] && chips.current.get(page.marks[0].id);
    (first ?? panel.current)?.focus();
    // Only on open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const refresh = useCallback(async () => {
    const context = await sendToBackground('overlay.context', { platform: platform.id, host: location.hostname });
    setRules(context.rules);
  }, [platform.id]);

  const closePicker = (mark: Mark | undefined) => {
    setPicking(undefined);
    setConflict(undefined);
    if (mark) window.setTimeout(() => chips.current.get(mark.id)?.focus(), 0);
  };

  const teach = async (mark: Mark, metric: Choice, extra: Partial<Teach> = {}) => {
    const payload: Teach = {
      platform: platform.id,
      host: location.hostname,
      pageKind,
      labelText: mark.labelText.slice(0, 80),
      hint: mark.hint,
      metric,
      ...extra,
    };
    try {
      const reply = await sendToBackground('rules.teach', payload);
      const label = mark.labelText;
      const name = metric ? metricName(t, metric) : '';
      let text: string;
      if (extra.remove) {
        const params = { date: extra.remove.date, metric: metricName(t, extra.remove.metric), value: mark.text, label, target: name };
        text = metric ? t('overlay.corrected', params) : t('overlay.correctedNone', params);
      } else text = metric ? t('overlay.taught', { label, metric: name }) : t('overlay.ignored', { label });
      setToast({ text, undo: reply.id });
      await refresh();
    } catch (error) {
      setToast({ text: t('overlay.saveFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const choose = async (mark: Mark, choice: Choice) => {
    if (choice && mark.kind !== 'read' && mark.kind !== 'taught') {
      // Never silently over a built-in read of the same metric: ask which number to keep.
      const clash = conflictOf(docs.find((d) => d.doc === mark.node.ownerDocument) ?? docs[0]!, platform.id, page, mark.labelText, choice);
      if (clash) {
        const from = page.marks.find((m) => m.kind === 'read' && m.metric === choice && m.date === clash.date);
        setPicking(undefined);
        setConflict({ mark, metric: choice, builtIn: clash.builtIn, builtInLabel: from?.labelText ?? metricName(t, choice) });
        return;
      }
    }
    closePicker(mark);
    if ((mark.kind === 'read' || mark.kind === 'taught') && mark.metric) {
      if (choice === mark.metric) {
        setToast({ text: t('overlay.same', { metric: metricName(t, mark.metric) }) });
        return;
      }
      // A misread: the seller says it is another metric (or none). Its value leaves history.
      const remove = mark.date ? { remove: { date: mark.date, metric: mark.metric, ...(shopIdentity(platform) ? { shop: shopIdentity(platform) } : {}) } } : {};
      const replaces = mark.kind === 'read' ? { replaces: mark.metric } : {};
      await teach(mark, choice, { ...replaces, ...remove });
      return;
    }
    await teach(mark, choice);
  };

  const undo = async (id: number) => {
    try {
      await sendToBackground('rules.undo', { id });
      setToast({ text: t('overlay.undone') });
      await refresh();
    } catch (error) {
      setToast({ text: t('overlay.saveFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const counts = {
    read: page.marks.filter((m) => m.kind === 'read').length,
    taught: page.marks.filter((m) => m.kind === 'taught').length,
    unread: page.marks.filter((m) => m.kind === 'unread').length,
    flagged: page.marks.filter(isFlagged).length,
  };
  const peers = page.marks.filter((m) => m.kind === 'peer').length;
  const suggested = [...new Set(page.unused.map((r) => r.metric).filter((m): m is ShopMetricKey => !!m))];
  const scrollX = window.scrollX;
  const scrollY = window.scrollY;

  return (
    <div
      className="sm-root"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !picking && !conflict) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {page.marks.map((mark) => {
        const rect = rectOf(mark.node);
        if (!rect) return null;
        const open = () => {
          // Another shop's or the market's number: nothing to teach, only the reason again.
          if (mark.kind === 'peer' || mark.item) setToast({ text: describe(t, mark, shop, locale) });
          else if (mark.conflict) {
            setConflict({ mark, metric: mark.conflict.metric, builtIn: mark.conflict.builtIn, builtInLabel: metricName(t, mark.conflict.metric) });
          } else setPicking(mark);
        };
        return (
          <div
            key={mark.id}
            className={`sm-box sm-${mark.kind}${isFlagged(mark) ? ' sm-flag' : ''}`}
            style={{ left: rect.left + scrollX, top: rect.top + scrollY, width: rect.width + 6, height: rect.height + 6 }}
          >
            <button
              type="button"
              className="sm-chip"
              data-kind={mark.kind}
              data-metric={mark.metric ?? mark.item?.metric ?? ''}
              data-item={mark.item?.id}
              aria-disabled={mark.kind === 'peer' ? true : undefined}
              aria-label={describe(t, mark, shop, locale)}
              title={describe(t, mark, shop, locale)}
              ref={(el) => {
                if (el) chips.current.set(mark.id, el);
                else chips.current.delete(mark.id);
              }}
              onClick={open}
            >
              {chipText(t, mark)}
            </button>
          </div>
        );
      })}
      {(picking || conflict) && (
        <Dialog anchor={conflict ? conflict.mark : picking!}>
          {conflict ? (
            <div role="alertdialog" aria-label={t('overlay.conflict.title', { metric: metricName(t, conflict.metric) })}>
              <h3>{t('overlay.conflict.title', { metric: metricName(t, conflict.metric) })}</h3>
              <p>
                {t('overlay.conflict.body', {
                  metric: metricName(t, conflict.metric),
                  builtIn: conflict.builtIn,
                  builtInLabel: conflict.builtInLabel,
                  taught: conflict.mark.text,
                })}
              </p>
              <div className="sm-row">
                <button
                  type="button"
                  className="sm-btn"
                  autoFocus
                  onKeyDown={(e) => e.key === 'Escape' && closePicker(conflict.mark)}
                  onClick={() => {
                    const { mark, metric } = conflict;
                    closePicker(mark);
                    void teach(mark, metric);
                  }}
                >
                  {t('overlay.conflict.keep', { builtIn: conflict.builtIn })}
                </button>
                <button
                  type="button"
                  className="sm-btn sm-primary"
                  onKeyDown={(e) => e.key === 'Escape' && closePicker(conflict.mark)}
                  onClick={() => {
                    const { mark, metric } = conflict;
                    closePicker(mark);
                    void teach(mark, metric, { prefer: 'taught' });
                  }}
                >
                  {t('overlay.conflict.useTaught', { taught: conflict.mark.text })}
                </button>
              </div>
            </div>
          ) : (
            <MetricPicker
              t={t}
              title={t('overlay.picker.title', { label: picking!.labelText, value: picking!.text })}
              current={picking!.kind === 'read' || picking!.kind === 'taught' ? picking!.metric : undefined}
              suggested={suggested}
              onChoose={(choice) => void choose(picking!, choice)}
              onCancel={() => closePicker(picking)}
            />
          )}
        </Dialog>
      )}
      <section className="sm-panel" role="region" aria-label={t('overlay.title')} tabIndex={-1} ref={panel}>
        <div className="sm-row">
          <h2>{t('overlay.title')}</h2>
          <button type="button" className="sm-btn" onClick={onClose}>
            {t('overlay.close')}
          </button>
        </div>
        <p data-testid="overlay-summary">{t('overlay.summary', counts)}</p>
        {page.itemRowsLeft > 0 && (
          <p className="sm-muted" data-testid="overlay-item-rows">
            {t('overlay.itemRowsLeft', { shown: MAX_ITEM_ROWS, count: page.itemRowsLeft })}
          </p>
        )}
        {peers > 0 && (
          <p className="sm-muted" data-testid="overlay-peers">
            {t('overlay.peerSummary', { count: peers })}
          </p>
        )}
        <details>
          <summary>{t('overlay.help')}</summary>
          <p className="sm-muted">{t('overlay.legend')}</p>
        </details>
        {page.unused.length > 0 && (
          <div data-testid="overlay-unused">
            <p>{t('overlay.unused')}</p>
            <ul>
              {page.unused.map((rule) => (
                <li key={rule.id}>{t('overlay.unusedRule', { label: rule.labelText, metric: rule.metric ? metricName(t, rule.metric) : '' })}</li>
              ))}
            </ul>
            <p className="sm-muted">{t('overlay.unusedHint', { metric: suggested.map((m) => metricName(t, m)).join(' / ') })}</p>
          </div>
        )}
        {toast && (
          <div className="sm-toast" role="status">
            <span>{toast.text}</span>{' '}
            {toast.undo !== undefined && (
              <button type="button" className="sm-btn" onClick={() => void undo(toast.undo!)}>
                {t('overlay.undo')}
              </button>
            )}
          </div>
        )}
      </section>
    </div>
  );
}

function Dialog({ anchor, children }: { anchor: Mark; children: React.ReactNode }) {
  const rect = rectOf(anchor.node);
  const width = 260;
  const left = Math.max(4, Math.min((rect?.left ?? 0) + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  const top = (rect?.bottom ?? 0) + window.scrollY + 6;
  return (
    <div className="sm-dialog" style={{ left, top }}>
      {children}
    </div>
  );
}

/** A document's read context: a frame's own URL may name the day (lib/content/frames.ts urlOf). */
const readContext = (pageKind: PageKind, doc: Document) => {
  const page = new URL(location.href);
  return { url: doc === document ? page : urlOf(doc, page), today: toBusinessDate(Date.now()), pageKind };
};

const shopIdentity = (platform: PlatformAdapter) => platform.readShop?.(document);

const isFlagged = (mark: Mark) => !!mark.doubtful || !!mark.conflict || mark.kind === 'unsure';

/**
 * Where a node shows in the page's viewport: a node in a frame is offset by where each frame
 * sits (its border included), and hidden when scrolled out of its frame.
 */
function rectOf(node: Node): DOMRect | undefined {
  let rect: DOMRect;
  if (node instanceof Element) rect = node.getBoundingClientRect();
  else {
    const range = (node.ownerDocument ?? document).createRange();
    range.selectNodeContents(node);
    rect = range.getBoundingClientRect();
  }
  if (rect.width <= 0 && rect.height <= 0) return undefined;
  let { left, top } = rect;
  for (let frame = frameOf(node.ownerDocument); frame; frame = frameOf(frame.ownerDocument)) {
    if (left + rect.width < 0 || top + rect.height < 0 || left > frame.clientWidth || top > frame.clientHeight) return undefined;
    const box = frame.getBoundingClientRect();
    left += box.left + frame.clientLeft;
    top += box.top + frame.clientTop;
  }
  return new DOMRect(left, top, rect.width, rect.height);
}

function chipText(t: Translate, mark: Mark): string {
  if (mark.kind === 'unread') return '?';
  if (mark.kind === 'peer') return t('overlay.peerChip');
  if (mark.item) return metricName(t, mark.item.metric);
  const name = mark.metric ? metricName(t, mark.metric) : '';
  if (mark.kind === 'unsure') return `${name}?`;
  return mark.kind === 'taught' ? `✎ ${name}` : name;
}

/** The value a ratio's parts give, printed as the console prints that metric. */
function formatExpected(metric: ShopMetricKey, value: number, locale: Locale): string {
  const kind = CATALOGUE[metric].kind;
  return kind === 'ratio' ? formatPercent(value, locale) : kind === 'money' ? formatMoney(value, locale) : formatNumber(value, locale, 2);
}

function describe(t: Translate, mark: Mark, shop: string | undefined, locale: Locale): string {
  if (mark.kind === 'peer') return t('overlay.peerLabel', { label: mark.labelText });
  if (mark.item) {
    const day = mark.date ? t('overlay.day', { date: mark.date }) : '';
    return t('overlay.itemLabel', { item: mark.item.title ?? mark.item.id, metric: metricName(t, mark.item.metric), value: mark.text, day });
  }
  if (mark.kind === 'unread' || !mark.metric) return t('overlay.unreadLabel', { value: mark.text, label: mark.labelText });
  const parts = [
    t('overlay.markLabel', {
      kind: t(`overlay.kind.${mark.kind}`),
      metric: metricName(t, mark.metric),
      value: ` ${mark.text}`,
      day: mark.date ? t('overlay.day', { date: mark.date }) : '',
      shop: shop ? t('overlay.shop', { shop }) : '',
      label: mark.labelText,
    }),
  ];
  if (mark.doubtful) {
    const { numerator, denominator, expected } = mark.doubtful;
    parts.push(t('overlay.doubtful', { metric: metricName(t, mark.metric), numerator: metricName(t, numerator), denominator: metricName(t, denominator), expected: formatExpected(mark.metric, expected, locale) }));
  }
  if (mark.conflict) parts.push(t('overlay.conflictMark', { metric: metricName(t, mark.conflict.metric), builtIn: mark.conflict.builtIn }));
  return parts.join(' ');
}
