import type { ReactNode } from 'react';
import { Ltr } from '../shared/Ltr';

interface Props {
  caption: ReactNode;
  /** Column headings before the file's own columns (Row, Why, Detail…). */
  lead: string[];
  header: string[];
  rows: { key: string | number; lead: ReactNode[]; cells: string[] }[];
  /** The index of the email column among `header`: its cells are addresses, kept left to right. */
  emailColumn: number | null;
  columnName: (index: number) => string;
  /** The first lead column is a row number (kept narrow). */
  rowNumbers?: boolean;
}

/**
 * Rows of the list with all their columns. The table scrolls sideways inside its own box (never
 * the page); cells wrap anywhere so an address is never cut mid-word by the layout, addresses
 * read left to right on a right-to-left page, and each of the file's own cells and headings takes
 * the direction of its text (`dir="auto"`: a Latin cell reads left to right, an Arabic one right to left).
 */
export default function RowsTable({ caption, lead, header, rows, emailColumn, columnName, rowNumbers = lead.length > 0 }: Props) {
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  return (
    <div className="lc-table-box" role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      <table className="lc-rows">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {lead.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            {columns.map((i) => (
              <th key={i} scope="col" dir="auto">
                {columnName(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.lead.map((cell, i) => (
                <td key={`lead-${i}`} className={i === 0 && rowNumbers ? 'lc-rownum' : 'lc-why'}>
                  {cell}
                </td>
              ))}
              {columns.map((i) =>
                i === emailColumn ? (
                  <td key={i} className="lc-email">
                    <Ltr>{row.cells[i] ?? ''}</Ltr>
                  </td>
                ) : (
                  <td key={i} dir="auto">
                    {row.cells[i] ?? ''}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
