import type { Table } from 'dexie';
import type { ShopMateDB } from '@/lib/db/schema';
import type { ValidatedBackup } from './format';
import { TABLE_RULES, type TableRules } from './rows';
import { TABLE_SPECS, type TableName, type TableSpec } from './tables';

export type RestoreMode = 'merge' | 'replace';

export interface TableOutcome {
  /** Rows written that were not there before. */
  added: number;
  /** Rows that existed and were changed by the merge. */
  updated: number;
  /** Rows already on this computer exactly (or the same event): nothing written. */
  unchanged: number;
  /** Rows the file had that failed validation (see the validation report for reasons). */
  rejected: number;
  /** Replace mode: rows that were on this computer before and are gone now. */
  removed: number;
}

export type RestoreOutcome = Record<TableName, TableOutcome>;

type Row = Record<string, unknown>;

/**
 * Writes a validated backup in ONE read-write transaction over every table: if anything
 * fails, IndexedDB rolls it all back and the database is exactly as it was before.
 *  - replace: every table is emptied, then the file's rows are written with their own keys;
 *  - merge: keyed rows are combined with what is here (per metric the newest read wins),
 *    event rows (snapshots, visits, edits, campaigns, notes) are added unless already present.
 */
export async function restoreBackup(
  db: ShopMateDB,
  backup: ValidatedBackup,
  mode: RestoreMode,
): Promise<RestoreOutcome> {
  const outcome = {} as RestoreOutcome;
  const tables = TABLE_SPECS.map((spec) => db.table(spec.name));
  await db.transaction('rw', tables, async () => {
    for (const spec of TABLE_SPECS) {
      const name = spec.name as TableName;
      const table = db.table(name) as Table<Row, unknown>;
      const rows = backup.tables[name] as unknown as Row[];
      const rules = TABLE_RULES[name] as unknown as TableRules<Row>;
      const result: TableOutcome = {
        added: 0,
        updated: 0,
        unchanged: 0,
        rejected: backup.checks[name].rejectedCount,
        removed: 0,
      };
      outcome[name] = result;
      if (mode === 'replace') {
        result.removed = await table.count();
        await table.clear();
        await table.bulkAdd(rows);
        result.added = rows.length;
      } else if (spec.autoIncrement) {
        await mergeEvents(table, spec, rules, rows, result);
      } else {
        await mergeKeyed(table, spec, rules, rows, result);
      }
    }
  });
  return outcome;
}

async function mergeKeyed(table: Table<Row, unknown>, spec: TableSpec, rules: TableRules<Row>, rows: Row[], result: TableOutcome) {
  const keyOf = (row: Row) => (typeof spec.keyPath === 'string' ? row[spec.keyPath] : spec.keyPath.map((p) => row[p]));
  const existing = await table.bulkGet(rows.map(keyOf));
  const writes: Row[] = [];
  rows.forEach((row, i) => {
    const mine = existing[i];
    if (!mine) {
      writes.push(row);
      result.added++;
      return;
    }
    const merged = rules.merge ? rules.merge(mine, row) : row;
    if (sameJson(merged, mine)) {
      result.unchanged++;
    } else {
      writes.push(merged);
      result.updated++;
    }
  });
  await table.bulkPut(writes);
}

async function mergeEvents(table: Table<Row, unknown>, spec: TableSpec, rules: TableRules<Row>, rows: Row[], result: TableOutcome) {
  const sameEvent = rules.sameEvent!;
  const present = new Set<string>();
  await table.each((row) => {
    present.add(sameEvent(row));
  });
  const writes: Row[] = [];
  for (const row of rows) {
    const event = sameEvent(row);
    if (present.has(event)) {
      result.unchanged++;
      continue;
    }
    present.add(event);
    // The id in the file may already belong to another row here: let the database assign one.
    const { [spec.keyPath as string]: _id, ...rest } = row;
    writes.push(rest);
    result.added++;
  }
  await table.bulkAdd(writes);
}

/** Structural equality that ignores key order and undefined-valued keys (as JSON does). */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Row).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
