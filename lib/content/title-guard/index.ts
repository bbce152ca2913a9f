import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendToBackground } from '@/lib/messaging/client';
import type { RecentEdit, TitleEditContext } from '@/lib/messaging/messages/title';
import type { PlatformAdapter } from '@/lib/platforms/types';
import { checkTitle } from '@/lib/title/check';
import { describeTitleCheck } from '@/lib/title/describe';
import type { ItemEditPage, TitleInput } from '@/lib/title/edit-page';
import { titleRule } from '@/lib/title/rules';
import { isSameSave } from '@/lib/title/throttle';
import { changedFields, isSaveEvent, snapshotOf, type PageSnapshot } from './session';
import { guardTranslator } from './i18n';
import { GUARD_CSS } from './styles';
import { createGuardView, type GuardView } from './view';

/** How long to wait for an SPA to render the edit form, and for it to fill in the current title. */
const FIELD_WAIT_MS = 120_000;
const VALUE_WAIT_MS = 10_000;
/** Time-based notes (throttle, early morning) are refreshed this often while the page is open. */
const REFRESH_MS = 30_000;

/**
 * The on-page title guard on item edit pages (docs/domain.md#title-edits, seed 003 §3). It remembers the title as
 * it was when the page opened, shows what typing changes against it, and records an edit when
 * the seller saves. Warnings only: it never stops the page from saving.
 * Called by the console reader when the page kind is 'itemEdit'; stops on `signal`.
 */
export function startTitleGuard(ctx: ContentScriptContext, platform: PlatformAdapter, signal: AbortSignal): void {
  const support = platform.itemEdit as ItemEditPage | undefined;
  const rule = support && titleRule(support.titleRuleId);
  if (!support || !rule) return;
  const stop = AbortSignal.any([ctx.signal, signal]);
  runGuard(ctx, platform, support, stop).catch((error: unknown) => {
    if (!stop.aborted) console.warn('[ShopMate] title guard:', error);
  });
}

async function runGuard(
  ctx: ContentScriptContext,
  platform: PlatformAdapter,
  support: ItemEditPage,
  stop: AbortSignal,
): Promise<void> {
  const rule = titleRule(support.titleRuleId)!;
  const found = await waitFor(() => support.titleField(document), stop, FIELD_WAIT_MS);
  if (!found) return;
  await settleValue(found, stop);
  if (stop.aborted) return;

  const url = new URL(location.href);
  const itemId = support.itemId(url, document);
  const field = trackField(support, found);
  const state: GuardState = {
    context: await sendToBackground('titleEdit.recent', { platform: platform.id, itemId }),
    edits: [],
    base: snapshotOf(support, document, found),
    status: undefined,
  };
  state.edits = state.context.edits;
  const t = () => guardTranslator(state.context.settings.language);
  if (itemId) reportItem(platform, url, itemId, state.base);

  let view: GuardView | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'shopmate-title-guard',
    position: 'inline',
    anchor: field.anchor,
    append: 'after',
    css: GUARD_CSS,
    onMount(container) {
      view = createGuardView(container, t());
      render();
    },
    onRemove() {
      view = undefined;
    },
  });
  if (stop.aborted) return;
  ui.mount();
  stop.addEventListener('abort', () => ui.remove(), { once: true });

  /** The diff and notes for what the field holds now. */
  function render() {
    const f = field.current();
    if (!f || stop.aborted) return;
    // The form was re-rendered: move the guard next to the new field.
    if (!ui.shadowHost.isConnected) {
      ui.remove();
      if (field.anchor()) ui.mount();
      return;
    }
    const now = Date.now();
    const { context, edits, base, status } = state;
    const check = checkTitle({ platform: platform.id, rule, original: base.title, candidate: f.value, settings: context.settings, editTimes: edits.map((e) => e.at), now });
    view?.update({ diff: check.diff, notes: describeTitleCheck(check, t(), context.settings.language, now), status });
  }

  const onSave = async () => {
    const f = field.current();
    if (f && itemId) await recordSave(platform, support, itemId, f, state, t);
    render();
  };
  // Edits made in other tabs (or sessions) count too: re-read them when the seller comes back.
  const refresh = async () => {
    try {
      state.context = await sendToBackground('titleEdit.recent', { platform: platform.id, itemId });
      state.edits = state.context.edits;
    } catch (error) {
      console.warn('[ShopMate] title guard refresh:', error);
    }
    render();
  };
  listenToPage(support, field, stop, { render, onSave, refresh });
  const timer = ctx.setInterval(render, REFRESH_MS);
  stop.addEventListener('abort', () => clearInterval(timer), { once: true });
}

/** What the guard keeps for the page: the seller's recent edits, the title as last saved, the last save's outcome. */
interface GuardState {
  context: TitleEditContext;
  edits: RecentEdit[];
  base: PageSnapshot;
  status: { text: string; ok: boolean } | undefined;
}

/** The title field, found again when the page re-renders its form; where the guard sits beside it. */
function trackField(support: ItemEditPage, initial: TitleInput) {
  let field = initial;
  const current = (): TitleInput | null => {
    if (field.isConnected) return field;
    const again = support.titleField(document);
    if (again) field = again;
    return again;
  };
  const anchor = () => {
    const f = current();
    return f ? (support.guardAnchor?.(f) ?? f) : null;
  };
  return { current, anchor };
}

/** The item as the page shows it: lets the side panel offer this item and its current title. */
function reportItem(platform: PlatformAdapter, url: URL, itemId: string, base: PageSnapshot): void {
  void sendToBackground('capture', {
    platform: platform.id,
    pageKind: 'itemEdit',
    url: url.href,
    source: 'dom',
    capturedAt: Date.now(),
    extraction: {
      shopDays: [],
      items: [{ itemId, title: base.title, ...(base.price !== undefined ? { price: base.price } : {}) }],
    },
  }).catch((error: unknown) => console.warn('[ShopMate] title guard capture:', error));
}

/** A save: records the edit (once per save) and says how many edits the window now holds. */
async function recordSave(
  platform: PlatformAdapter,
  support: ItemEditPage,
  itemId: string,
  f: TitleInput,
  state: GuardState,
  t: () => ReturnType<typeof guardTranslator>,
): Promise<void> {
  const current = snapshotOf(support, document, f);
  const fields = changedFields(state.base, current);
  if (fields.length === 0) return;
  const edit: RecentEdit = { at: Date.now(), oldTitle: state.base.title, newTitle: current.title, fields };
  if (state.edits[0] && isSameSave(state.edits[0], edit)) return;
  // Taken synchronously, so a click and the form's submit for the same save record once.
  const previous = state.base;
  state.base = current;
  try {
    const reply = await sendToBackground('titleEdit.record', { platform: platform.id, itemId, ...edit });
    if (!reply.merged) state.edits = [edit, ...state.edits];
    state.status = { ok: true, text: t()('title.guard.recorded', { count: reply.editsInWindow, hours: reply.windowHours }) };
  } catch (error) {
    state.base = previous;
    state.status = { ok: false, text: t()('title.guard.recordFailed', { reason: error instanceof Error ? error.message : String(error) }) };
  }
}

/** Typing redraws; a save (click or submit, in the capture phase) records; coming back to the tab re-reads. */
function listenToPage(
  support: ItemEditPage,
  field: { current(): TitleInput | null },
  stop: AbortSignal,
  on: { render(): void; onSave(): Promise<void>; refresh(): Promise<void> },
): void {
  const listen = (target: EventTarget, type: string, handler: (e: Event) => void) =>
    target.addEventListener(type, handler, { capture: true, signal: stop });
  listen(document, 'input', (e) => {
    const f = field.current();
    if (f && e.composedPath().includes(f)) on.render();
  });
  // Capture phase: read the values before the page's own handlers act on the save.
  listen(document, 'click', (e) => {
    if (isSaveEvent(e, support)) void on.onSave();
  });
  listen(document, 'submit', (e) => {
    const f = field.current();
    if (f && e.target instanceof HTMLFormElement && e.target.contains(f)) void on.onSave();
  });
  listen(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void on.refresh();
  });
}

/** Polls `find` on DOM changes (at most every 250 ms) until it returns an element, the wait ends, or we stop. */
function waitFor<T>(find: () => T | null, stop: AbortSignal, timeoutMs: number): Promise<T | null> {
  const first = find();
  if (first || stop.aborted) return Promise.resolve(first);
  return new Promise((resolve) => {
    let pending = false;
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timeout);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        const found = find();
        if (found) done(found);
      }, 250);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const timeout = setTimeout(() => done(null), timeoutMs);
    stop.addEventListener('abort', () => done(null), { once: true });
  });
}

/**
 * An SPA may render the field empty and fill in the saved title a moment later. Wait for a
 * value, unless the seller starts typing first (then the empty title is the original).
 */
function settleValue(field: TitleInput, stop: AbortSignal): Promise<void> {
  if (field.value.trim()) return Promise.resolve();
  return new Promise((resolve) => {
    const started = Date.now();
    const typed = () => finish();
    const timer = setInterval(() => {
      if (field.value.trim() || Date.now() - started > VALUE_WAIT_MS) finish();
    }, 200);
    function finish() {
      clearInterval(timer);
      field.removeEventListener('input', typed);
      resolve();
    }
    field.addEventListener('input', typed, { once: true });
    stop.addEventListener('abort', finish, { once: true });
  });
}
