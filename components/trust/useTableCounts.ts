import { useLiveQuery } from 'dexie-react-hooks';
import { TABLE_NAMES, type TableName } from '@/lib/backup/tables';
import { db } from '@/lib/db';

/** Live row counts per table; undefined while loading. */
export function useTableCounts(): Record<TableName, number> | undefined {
  return useLiveQuery(async () => {
    const counts = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()));
    return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, counts[i]!])) as Record<TableName, number>;
  });
}

export const totalRows = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
