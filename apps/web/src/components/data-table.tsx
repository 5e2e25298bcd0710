import type { ReactNode } from 'react';

/** A column's heading; a `hidden` one is read by screen readers only (a column of buttons or checkboxes). */
export type DataTableColumn = string | { label: string; hidden: true };

/**
 * A table of records that scrolls sideways on a narrow screen rather than the page: its caption (hidden,
 * since the section's heading shows it) and column headings, and the rows given as children.
 */
export function DataTable({
  caption,
  captionShown = false,
  columns,
  tableClassName,
  scrollClassName,
  boxed = true,
  children,
}: {
  caption: string;
  /** Shows the caption above the rows, for a table that has no heading of its own. */
  captionShown?: boolean;
  columns: DataTableColumn[];
  /** Added to the table's class, for a table styled apart. */
  tableClassName?: string;
  /** Added to the scrolling box's class. */
  scrollClassName?: string;
  /**
   * False: the table sits on the page without the scrolling box (a list-like table whose rows are
   * narrow enough not to scroll, such as the candidates).
   */
  boxed?: boolean;
  children: ReactNode;
}) {
  const table = (
    <table className={tableClassName ? `table ${tableClassName}` : 'table'}>
      <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) =>
            typeof column === 'string' ? (
              <th key={column} scope="col">
                {column}
              </th>
            ) : (
              <th key={column.label} scope="col">
                <span className="visually-hidden">{column.label}</span>
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (!boxed) return table;
  return <div className={scrollClassName ? `table-scroll ${scrollClassName}` : 'table-scroll'}>{table}</div>;
}
