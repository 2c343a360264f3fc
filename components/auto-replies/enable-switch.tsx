'use client';
import { useId } from 'react';

export interface EnableSwitchProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  /** Shown under the switch (why it is disabled, what it does). */
  hint?: string;
}

/** A labelled on/off switch: a checkbox with role="switch", so both getByLabel and getByRole find it. */
export function EnableSwitch({ label, checked, onChange, disabled, hint }: EnableSwitchProps) {
  const hintId = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label className="inline-flex w-fit cursor-pointer items-center gap-2 text-sm font-medium text-slate-700">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
          className="relative h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors before:absolute before:top-0.5 before:left-0.5 before:size-4 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-brand-600 checked:before:translate-x-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50"
        />
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="pl-11 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
