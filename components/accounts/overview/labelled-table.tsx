import type { ReactNode } from 'react';

/**
 * A bordered, horizontally scrollable table with an accessible name (DataTable's look; that one has
 * no name). `columns` are the header labels.
 */
export function LabelledTable({
  label,
  columns,
  children,
}: {
  label: string;
  columns: ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table aria-label={label} className="w-full min-w-[720px] text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className="px-3 py-3">
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
