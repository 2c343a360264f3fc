import { type ButtonHTMLAttributes } from 'react';
import { ToolbarIcon, type ToolbarIconName } from './toolbar-icon';

export interface ToolbarButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: ToolbarIconName;
  /** Accessible name and tooltip; `hint` (a shortcut) is appended to the tooltip only. */
  label: string;
  hint?: string;
}

/** A square icon button of the editor toolbar, named by `label` (aria-label and title). */
export function ToolbarButton({ icon, label, hint, className = '', ...rest }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={hint ? `${label} (${hint})` : label}
      className={`inline-flex size-8 items-center justify-center rounded-md text-slate-700 transition-colors hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-slate-400 disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent ${className}`}
      {...rest}
    >
      <ToolbarIcon name={icon} />
    </button>
  );
}
