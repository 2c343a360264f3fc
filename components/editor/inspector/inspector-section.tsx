import { type ReactNode } from 'react';

/** A titled group of fields in the inspector (a fieldset, so its legend names the group). */
export function InspectorSection({
  title,
  children,
  hint,
}: {
  title: string;
  children: ReactNode;
  hint?: string;
}) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 border-t border-slate-200 pt-3">
      <legend className="pr-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</legend>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {children}
    </fieldset>
  );
}
