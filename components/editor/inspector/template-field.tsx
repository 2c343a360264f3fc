'use client';
import { useId, type ReactNode } from 'react';
import { TemplateSuggestions } from './template-suggestions';
import { useTemplateAutocomplete } from './use-template-autocomplete';
import { useTemplateVariables } from './use-template-variables';
import { VariablePicker } from './variable-picker';

export interface TemplateFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  error?: string | undefined;
  hint?: ReactNode;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  /** Shown under the field, beside the hint (e.g. a byte counter). */
  footer?: ReactNode;
  className?: string;
}

const fieldClass =
  'w-full rounded-md border bg-white px-3 text-sm shadow-sm outline-none focus:ring-2 disabled:bg-slate-50';

/** A text field for `{{ }}` templates: a variable picker and `{{` autocomplete (see useTemplateAutocomplete). */
export function TemplateField({
  label,
  value,
  onChange,
  disabled,
  error,
  hint,
  placeholder,
  multiline,
  rows = 3,
  footer,
  className = '',
}: TemplateFieldProps) {
  const id = useId();
  const variables = useTemplateVariables();
  const input = useTemplateAutocomplete<HTMLInputElement>({ value, onChange, variables });
  const area = useTemplateAutocomplete<HTMLTextAreaElement>({ value, onChange, variables });
  const active = multiline ? area : input;
  const border = error
    ? 'border-red-400 focus:ring-red-200'
    : 'border-slate-300 focus:border-brand-500 focus:ring-brand-100';
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    disabled,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          {label}
        </label>
        <VariablePicker fieldLabel={label} variables={variables} onPick={active.insert} disabled={disabled} />
      </div>
      <div className="relative">
        {multiline ? (
          <textarea {...common} {...area.fieldProps} rows={rows} className={`${fieldClass} py-2 ${border}`} />
        ) : (
          <input
            {...common}
            {...input.fieldProps}
            role="combobox"
            aria-expanded={input.open}
            className={`${fieldClass} h-10 ${border}`}
          />
        )}
        {active.open ? (
          <TemplateSuggestions
            listId={active.listId}
            label={label}
            matches={active.matches}
            activeIndex={active.activeIndex}
            onChoose={active.choose}
            onHover={active.setActive}
          />
        ) : null}
      </div>
      {footer}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
