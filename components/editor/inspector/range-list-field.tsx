'use client';
import { type ReactNode } from 'react';
import { EditableList } from './editable-list';

type Range<S extends string, E extends string> = Record<S | E, string>;

export interface RangeListFieldProps<S extends string, E extends string> {
  label: string;
  type: 'time' | 'date';
  ranges: readonly Range<S, E>[];
  startKey: S;
  endKey: E;
  startLabel(number: number): string;
  endLabel(number: number): string;
  addLabel: string;
  newRange: Range<S, E>;
  hint?: string;
  /** Shown after a range's inputs (a warning about that range). */
  note?(range: Range<S, E>): ReactNode;
  readOnly: boolean;
  onChange(ranges: Range<S, E>[]): void;
}

/** A labelled group of start–end ranges (hours, dates) with add and remove. */
export function RangeListField<S extends string, E extends string>({
  label,
  type,
  ranges,
  startKey,
  endKey,
  startLabel,
  endLabel,
  addLabel,
  newRange,
  hint,
  note,
  readOnly,
  onChange,
}: RangeListFieldProps<S, E>) {
  const input = (range: Range<S, E>, key: S | E, ariaLabel: string, patch: (value: string) => void) => (
    <input
      type={type}
      aria-label={ariaLabel}
      value={range[key]}
      disabled={readOnly}
      className="h-8 rounded border border-slate-300 px-1"
      onChange={(e) => patch(e.target.value)}
    />
  );
  return (
    <div role="group" aria-label={label} className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-700">{label}</span>
      <EditableList
        items={ranges}
        name="ranges"
        readOnly={readOnly}
        addLabel={addLabel}
        newItem={() => ({ ...newRange })}
        onChange={(next) => onChange(next)}
        renderRow={({ item: range, index, actions, replace }) => (
          <div className="flex items-center gap-2 text-sm">
            {input(range, startKey, startLabel(index + 1), (value) =>
              replace({ ...range, [startKey]: value }, startKey),
            )}
            <span>–</span>
            {input(range, endKey, endLabel(index + 1), (value) =>
              replace({ ...range, [endKey]: value }, endKey),
            )}
            {note?.(range)}
            {actions}
          </div>
        )}
      />
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}
