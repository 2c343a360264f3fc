'use client';
import { useId } from 'react';

export interface SegmentedControlProps<V extends string> {
  label: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange(value: V): void;
  disabled?: boolean;
}

/** A radio group drawn as adjacent buttons; its accessible name is `label`. */
export function SegmentedControl<V extends string>({
  label,
  options,
  value,
  onChange,
  disabled,
}: SegmentedControlProps<V>) {
  const labelId = useId();
  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-sm font-medium text-slate-700">
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        className="inline-flex w-fit rounded-md ring-1 ring-slate-300"
      >
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={option.value === value}
            disabled={disabled}
            onClick={() => onChange(option.value)}
            className={`px-3 py-1.5 text-sm first:rounded-l-md last:rounded-r-md disabled:opacity-50 ${
              option.value === value ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 hover:bg-slate-50'
            }`}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
