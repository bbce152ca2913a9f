import type { ReactNode } from 'react';

/**
 * An analysis table: a keyboard-scrollable region (a 320 px panel scrolls the table, never the
 * page) with one header row of column headers. Rows are the caller's.
 */
export default function ScrollTable({
  label,
  testId,
  className,
  headers,
  children,
}: {
  label: string;
  testId: string;
  className?: string;
  headers: readonly ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="an-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className={className ? `an-table ${className}` : 'an-table'} data-testid={testId}>
        <thead>
          <tr>
            {headers.map((header, i) => (
              <th key={i} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
