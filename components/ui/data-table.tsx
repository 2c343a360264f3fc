import type { ReactNode } from 'react';

export interface DataTableProps {
  /** The header labels. */
  columns: ReactNode[];
  children: ReactNode;
  /** The table's accessible name (`aria-label`). */
  label?: string;
  /** For tables with many columns: scrolls below 720px instead of 640px. */
  wide?: boolean;
  /** Header cells padded `px-3` instead of `px-4`; the rows' cells should match. */
  dense?: boolean;
}

/** A bordered, horizontally scrollable table. */
export function DataTable({ columns, children, label, wide = false, dense = false }: DataTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table
        aria-label={label}
        className={`w-full ${wide ? 'min-w-[720px]' : 'min-w-[640px]'} text-left text-sm`}
      >
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={`${dense ? 'px-3' : 'px-4'} py-3`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
