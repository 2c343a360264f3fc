'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import { readNumberInput } from './read-number-input';

export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  /** Called only with parseable numbers (or undefined when `optional` and emptied). */
  onChange(value: number | undefined): void;
  optional?: boolean;
  /** Bounds of the node schema: a value outside them is explained and not stored (the draft stays savable). */
  min?: number;
  max?: number;
  integer?: boolean;
  disabled?: boolean;
  error?: string | undefined;
  hint?: string;
  placeholder?: string;
  className?: string;
}

/**
 * A number input that keeps what the user typed while it is not a number yet ("-", "1e") and
 * explains why instead of storing NaN or a value outside the schema's bounds.
 */
export function NumberField({
  label,
  value,
  onChange,
  optional,
  min,
  max,
  integer,
  disabled,
  error,
  hint,
  placeholder,
  className,
}: NumberFieldProps) {
  const t = useTranslations('inspector.common');
  const tIssue = useTranslations('inspector.issues');
  const [draft, setDraft] = useState<{
    text: string;
    value: number | undefined;
    problem: string | null;
  } | null>(null);
  const current = draft !== null && Object.is(draft.value, value) ? draft : null;
  const text = current ? current.text : value === undefined ? '' : String(value);

  const handle = (next: string) => {
    const read = readNumberInput(next, { optional, min, max, integer });
    if (read.ok) {
      setDraft({ text: next, value: read.value, problem: null });
      onChange(read.value);
      return;
    }
    const problem =
      read.problem === 'required' || read.problem === 'notANumber'
        ? t(read.problem)
        : read.problem === 'wholeNumber'
          ? tIssue('wholeNumber')
          : tIssue(read.problem, { [read.problem]: read.problem === 'min' ? min! : max! });
    setDraft({ text: next, value, problem });
  };

  return (
    <TextField
      label={label}
      type="text"
      inputMode="decimal"
      value={text}
      disabled={disabled}
      placeholder={placeholder}
      hint={hint}
      error={current?.problem ?? error ?? null}
      className={className}
      onChange={(event) => handle(event.target.value)}
    />
  );
}
