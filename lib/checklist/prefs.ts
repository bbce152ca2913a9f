import type { PageKind } from '@/lib/model/consoles';
import type { Settings } from '@/lib/settings/schema';
import { DEFAULT_DUTIES, type Duty } from './duties';

/**
 * The seller's own checklist: add duties, hide, reorder, restore defaults. Pure functions
 * from prefs to prefs (stored in settings.checklist, validated by its zod schema on save).
 */

export type ChecklistPrefs = Settings['checklist'];

export interface ListedDuty {
  duty: Duty;
  hidden: boolean;
}

function customToDuty(c: ChecklistPrefs['custom'][number]): Duty {
  return {
    id: c.id,
    builtIn: false,
    name: { text: c.name },
    hint: { text: c.hint },
    steps: [],
    pageKinds: c.pageKinds,
    events: [],
    link: c.pageKinds[0],
  };
}

/** Every duty, hidden ones included, in the seller's order (unlisted ones keep their default place at the end). */
export function listDuties(prefs: ChecklistPrefs): ListedDuty[] {
  const all = [...DEFAULT_DUTIES, ...prefs.custom.map(customToDuty)];
  const byId = new Map(all.map((d) => [d.id, d]));
  const ordered: Duty[] = [];
  const seen = new Set<string>();
  for (const id of [...prefs.order, ...all.map((d) => d.id)]) {
    const duty = byId.get(id);
    if (!duty || seen.has(id)) continue;
    seen.add(id);
    ordered.push(duty);
  }
  const hidden = new Set(prefs.hidden);
  return ordered.map((duty) => ({ duty, hidden: hidden.has(duty.id) }));
}

/** The duties on today's list, in order. */
export function visibleDuties(prefs: ChecklistPrefs): Duty[] {
  return listDuties(prefs)
    .filter((d) => !d.hidden)
    .map((d) => d.duty);
}

/** Moves a duty up (-1) or down (+1) among all duties; the full order is stored from then on. */
export function moveDuty(prefs: ChecklistPrefs, id: string, delta: -1 | 1): ChecklistPrefs {
  const ids = listDuties(prefs).map((d) => d.duty.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return prefs;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return { ...prefs, order: ids };
}

export function setHidden(prefs: ChecklistPrefs, id: string, hidden: boolean): ChecklistPrefs {
  const rest = prefs.hidden.filter((h) => h !== id);
  return { ...prefs, hidden: hidden ? [...rest, id] : rest };
}

export interface CustomDutyInput {
  name: string;
  hint?: string;
  pageKinds?: PageKind[];
}

/** Adds the seller's own duty at the end of the list. `now` makes the id (stable, unique). */
export function addCustomDuty(
  prefs: ChecklistPrefs,
  input: CustomDutyInput,
  now: number,
): { prefs: ChecklistPrefs; id: string } {
  const taken = new Set(listDuties(prefs).map((d) => d.duty.id));
  const base = `custom-${Math.max(0, Math.floor(now)).toString(36)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const custom = [
    ...prefs.custom,
    { id, name: input.name.trim(), hint: (input.hint ?? '').trim(), pageKinds: input.pageKinds ?? [] },
  ];
  // Keep it last even when an explicit order is stored.
  const order = prefs.order.length ? [...listDuties(prefs).map((d) => d.duty.id), id] : prefs.order;
  return { prefs: { ...prefs, custom, order }, id };
}

export function removeCustomDuty(prefs: ChecklistPrefs, id: string): ChecklistPrefs {
  return {
    ...prefs,
    custom: prefs.custom.filter((c) => c.id !== id),
    order: prefs.order.filter((o) => o !== id),
    hidden: prefs.hidden.filter((h) => h !== id),
  };
}

/** Back to the default duties in their order: nothing hidden, the seller's own duties removed. */
export function restoreDefaults(prefs: ChecklistPrefs): ChecklistPrefs {
  return { ...prefs, order: [], hidden: [], custom: [] };
}

/** Is the list as shipped? (Restore is offered only when there is something to restore.) */
export function isDefault(prefs: ChecklistPrefs): boolean {
  const ids = listDuties(prefs).map((d) => d.duty.id);
  return (
    prefs.custom.length === 0 &&
    prefs.hidden.length === 0 &&
    ids.every((id, i) => id === DEFAULT_DUTIES[i]?.id)
  );
}
