import type { Table } from 'dexie';
import { VERSIONS, type ShopMateDB } from '@/lib/db/schema';

/**
 * The tables a backup holds, derived from the schema history (not a hand-kept list), so a
 * table added by a later version is backed up, or the row-schema map fails to type-check.
 */

/** Table names as the type system sees them: every Dexie `Table` property of ShopMateDB. */
export type TableName = {
  [K in keyof ShopMateDB]: ShopMateDB[K] extends Table<infer _R, infer _K, infer _I> ? K : never;
}[keyof ShopMateDB] &
  string;

export type RowOf<T extends TableName> = ShopMateDB[T] extends Table<infer R, infer _K, infer _I> ? R : never;

export interface TableSpec {
  name: string;
  /** Primary key path: one property, or several for a compound key. */
  keyPath: string | string[];
  /** `++id`: the database assigns the key. */
  autoIncrement: boolean;
}

/** Folds VERSIONS (later versions override, `null` deletes) into the latest table specs. */
export function latestTableSpecs(versions: readonly { stores: Record<string, string | null> }[] = VERSIONS): TableSpec[] {
  const stores = new Map<string, string>();
  for (const v of versions) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) stores.delete(name);
      else stores.set(name, spec);
    }
  }
  return [...stores].map(([name, spec]) => {
    const primary = spec.split(',')[0]!.trim();
    const autoIncrement = primary.startsWith('++');
    const path = primary.replace(/^\+\+/, '').replace(/^&/, '');
    const keyPath = path.startsWith('[') ? path.slice(1, -1).split('+').map((p) => p.trim()) : path;
    return { name, keyPath, autoIncrement };
  });
}

export const TABLE_SPECS: readonly TableSpec[] = latestTableSpecs();
export const TABLE_NAMES = TABLE_SPECS.map((t) => t.name) as TableName[];

/** The primary key of a row as a string, for duplicate detection and merging. */
export function primaryKeyOf(spec: TableSpec, row: Record<string, unknown>): string {
  const parts = typeof spec.keyPath === 'string' ? [row[spec.keyPath]] : spec.keyPath.map((p) => row[p]);
  return JSON.stringify(parts);
}
