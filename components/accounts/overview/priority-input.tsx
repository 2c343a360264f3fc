'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { parsePriority, PRIORITY_MAX, PRIORITY_MIN } from './parse-priority';

export interface PriorityInputProps {
  /** The input's accessible name, e.g. "Priority of Welcome". */
  label: string;
  value: number;
  pending: boolean;
  /** The last save's error, already in the user's language. */
  error: string | null;
  onSave: (priority: number) => void;
  /** Typing clears the last save's error. */
  onEdit: () => void;
  /** Shown after the Save button (e.g. a Reset button). */
  children?: ReactNode;
}

/**
 * An inline priority editor: a number input and "Save priority" (enabled once the value changed).
 * A value that is not a whole number in range is named and never sent.
 */
export function PriorityInput({
  label,
  value,
  pending,
  error,
  onSave,
  onEdit,
  children,
}: PriorityInputProps) {
  const t = useTranslations('accountOverview.priority');
  const errorId = useId();
  const [text, setText] = useState(String(value));
  const [editedFrom, setEditedFrom] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // A new stored value (saved here or elsewhere) replaces an untouched input.
  if (editedFrom !== value) {
    setEditedFrom(value);
    setText(String(value));
  }
  const message = invalid ? t('invalid', { min: PRIORITY_MIN, max: PRIORITY_MAX }) : error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const priority = parsePriority(text);
    if (priority === null) {
      setInvalid(true);
      return;
    }
    onSave(priority);
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-1">
      <div className="flex items-center gap-1">
        <input
          type="number"
          inputMode="numeric"
          step={1}
          min={PRIORITY_MIN}
          max={PRIORITY_MAX}
          aria-label={label}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setInvalid(false);
            onEdit();
          }}
          className={`h-8 w-20 rounded-md border bg-white px-2 text-sm shadow-sm outline-none focus:ring-2 ${
            message ? 'border-red-400 focus:ring-red-200' : 'border-slate-300 focus:ring-brand-100'
          }`}
        />
        <Button
          type="submit"
          variant="secondary"
          size="sm"
          aria-label={t('saveLabel')}
          disabled={pending || text.trim() === String(value)}
        >
          {pending ? t('saving') : t('save')}
        </Button>
        {children}
      </div>
      {message ? (
        <p id={errorId} role="alert" className="max-w-56 text-xs text-red-600">
          {message}
        </p>
      ) : null}
    </form>
  );
}
