'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, type KeyboardEvent } from 'react';
import { FieldErrorText } from './field-error-text';
import { splitChipText } from './split-chip-text';

export interface ChipInputProps {
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
  disabled?: boolean;
  placeholder?: string;
  hint?: string;
  error?: string | undefined;
  /** Extra check for a new chip; returns the reason to refuse it, or null. */
  validate?(value: string): string | null;
}

/**
 * A list of short strings as chips: Enter or a comma adds what was typed, Backspace in the empty
 * input removes the last chip, × removes one. Duplicates are refused with a message.
 */
export function ChipInput({
  label,
  values,
  onChange,
  disabled,
  placeholder,
  hint,
  error,
  validate,
}: ChipInputProps) {
  const t = useTranslations('inspector.common');
  const inputId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = (raw: string): boolean => {
    const next = [...values];
    for (const value of splitChipText(raw)) {
      if (next.includes(value)) {
        setProblem(t('duplicateChip', { value }));
        return false;
      }
      const reason = validate?.(value) ?? null;
      if (reason) {
        setProblem(reason);
        return false;
      }
      next.push(value);
    }
    setProblem(null);
    if (next.length !== values.length) onChange(next);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
      event.preventDefault();
      if (text.trim() !== '' && add(text)) setText('');
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      event.preventDefault();
      onChange(values.slice(0, -1));
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <div
        className={`flex flex-wrap items-center gap-1 rounded-md border bg-white px-2 py-1.5 shadow-sm ${
          problem || error ? 'border-red-400' : 'border-slate-300'
        }`}
      >
        <ul className="contents" aria-label={label}>
          {values.map((value, index) => (
            <li
              key={`${value}-${index}`}
              className="inline-flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-800"
            >
              <span className="break-all">{value}</span>
              {disabled ? null : (
                <button
                  type="button"
                  className="text-slate-500 hover:text-red-600"
                  aria-label={t('removeValue', { value })}
                  onClick={() => onChange(values.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        <input
          id={inputId}
          value={text}
          disabled={disabled}
          placeholder={placeholder ?? t('chipPlaceholder')}
          aria-invalid={problem || error ? true : undefined}
          className="min-w-24 flex-1 border-0 bg-transparent p-0.5 text-sm outline-none"
          onChange={(event) => {
            const next = event.target.value;
            if (/[,，\n]/.test(next)) {
              if (add(next)) setText('');
              else setText(next.replace(/[,，\n]/g, ''));
            } else {
              setText(next);
              if (problem) setProblem(null);
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim() !== '' && add(text)) setText('');
          }}
        />
      </div>
      {hint && !problem && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <FieldErrorText message={problem ?? error} />
    </div>
  );
}
