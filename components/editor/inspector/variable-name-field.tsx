'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { TextField } from '@/components/ui/text-field';
import { isVariableName } from '@/core/compiler/is-variable-name';
import { useTemplateVariables } from './use-template-variables';

const PATH = /^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)?$/u;

export interface VariableNameFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  error?: string | undefined;
  hint?: string;
  className?: string;
  /** Also accept and offer template paths (`contact.name`, `input`), as condition subjects do. */
  allowPaths?: boolean;
}

/** A variable name: pick a known flow variable (datalist) or type a new one; checked as an identifier. */
export function VariableNameField({
  label,
  value,
  onChange,
  disabled,
  error,
  hint,
  className,
  allowPaths,
}: VariableNameFieldProps) {
  const t = useTranslations('inspector.variables');
  const listId = useId();
  const known = useTemplateVariables().filter(
    (v) => allowPaths || v.kind === 'declared' || v.kind === 'written',
  );
  const valid = allowPaths ? PATH.test(value) : isVariableName(value);
  const invalid = value.trim() !== '' && !valid ? t(allowPaths ? 'invalidPath' : 'invalidName') : undefined;
  return (
    <>
      <TextField
        label={label}
        value={value}
        list={listId}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        hint={hint}
        error={invalid ?? error ?? null}
        className={className}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {known.map((variable) => (
          <option key={variable.name} value={variable.name} />
        ))}
      </datalist>
    </>
  );
}
