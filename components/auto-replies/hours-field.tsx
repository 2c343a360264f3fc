import { type ReactNode } from 'react';

/**
 * A labelled block of the business-hours section. With `group` it is a role="group" named by the
 * label; without, the block's own list carries the name.
 */
export function HoursField({
  label,
  group = false,
  dense = false,
  children,
}: {
  label: string;
  group?: boolean;
  /** `gap-1` instead of `gap-2` between the label and the controls. */
  dense?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role={group ? 'group' : undefined}
      aria-label={group ? label : undefined}
      className={`flex flex-col ${dense ? 'gap-1' : 'gap-2'}`}
    >
      <span className="text-sm font-medium text-slate-700">{label}</span>
      {children}
    </div>
  );
}
