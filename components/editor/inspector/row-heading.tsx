import { type ReactNode } from 'react';

export interface RowHeadingProps {
  title: ReactNode;
  /** Usually the row's `RowActions`. */
  actions: ReactNode;
}

/** The title line of a card-style row: its name on the left, its actions on the right. */
export function RowHeading({ title, actions }: RowHeadingProps) {
  return (
    <div className="flex items-center justify-between">
      <span className="text-xs font-semibold text-slate-600">{title}</span>
      {actions}
    </div>
  );
}
