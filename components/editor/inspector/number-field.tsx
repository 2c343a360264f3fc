'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';

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
    const trimmed = next.trim();
    if (trimmed === '') {
      if (optional) {
        setDraft({ text: next, value: undefined, problem: null });
        onChange(undefined);
      } else setDraft({ text: next, value, problem: t('required') });
      return;
    }
    const parsed = Number(trimmed);
    if (!Number.isFinite(parsed)) {
      setDraft({ text: next, value, problem: t('notANumber') });
      return;
    }
    const problem =
      integer && !Number.isInteger(parsed)
        ? tIssue('wholeNumber')
        : min !== undefined && parsed < min
          ? tIssue('min', { min })
          : max !== undefined && parsed > max
            ? tIssue('max', { max })
            : null;
    if (problem) {
      setDraft({ text: next, value, problem });
      return;
    }
    setDraft({ text: next, value: parsed, problem: null });
    onChange(parsed);
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
