import type { TitleNote, TitleTranslate } from '@/lib/title/describe';
import type { TitleDiff } from '@/lib/title/diff';

/**
 * The guard's DOM, plain elements in the shadow root (no framework: the console content script
 * must stay small). Built once; `update` rewrites only the diff line and the notes.
 */
export interface GuardViewState {
  diff: TitleDiff;
  notes: TitleNote[];
  status?: { text: string; ok: boolean };
}

export interface GuardView {
  root: HTMLElement;
  update(state: GuardViewState): void;
}

export function createGuardView(container: HTMLElement, t: TitleTranslate): GuardView {
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
    Object.assign(doc.createElement(tag), props);

  const root = el('section', { className: 'guard' });
  root.setAttribute('aria-label', t('title.guard.name'));
  root.dataset.shopmate = 'title-guard';

  const header = el('header');
  const badge = el('span', { className: 'badge', hidden: true });
  const toggle = el('button', { type: 'button', textContent: t('title.guard.collapse') });
  toggle.setAttribute('aria-expanded', 'true');
  header.append(el('strong', { textContent: t('title.guard.name') }), badge, toggle);

  const body = el('div', { className: 'body', id: 'shopmate-guard-body' });
  toggle.setAttribute('aria-controls', body.id);
  const diffLine = el('p', { className: 'diff', hidden: true });
  const notes = el('ul', { className: 'notes' });
  notes.setAttribute('role', 'status');
  notes.setAttribute('aria-live', 'polite');
  const status = el('p', { className: 'status' });
  status.setAttribute('role', 'status');
  body.append(diffLine, notes, status);
  root.append(header, body);
  container.append(root);

  toggle.addEventListener('click', () => {
    const open = body.hidden;
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = t(open ? 'title.guard.collapse' : 'title.guard.expand');
  });

  return {
    root,
    update({ diff, notes: list, status: statusLine }) {
      diffLine.hidden = diff.charsChanged === 0;
      diffLine.replaceChildren(el('span', { className: 'label', textContent: t('title.guard.original') }));
      for (const segment of diff.segments) {
        if (segment.kind === 'same') diffLine.append(segment.text);
        else {
          const mark = el(segment.kind === 'added' ? 'ins' : 'del', { textContent: segment.text });
          mark.title = t(segment.kind === 'added' ? 'title.diff.added' : 'title.diff.removed');
          diffLine.append(mark);
        }
      }
      notes.replaceChildren(
        ...list.map((note) => {
          const li = el('li', { className: note.level, textContent: note.text });
          li.dataset.note = note.id;
          return li;
        }),
      );
      const serious = list.filter((n) => n.level === 'warn' || n.level === 'bad').length;
      badge.hidden = serious === 0;
      badge.textContent = String(serious);
      status.textContent = statusLine?.text ?? '';
      status.className = statusLine && !statusLine.ok ? 'status bad' : 'status';
    },
  };
}
