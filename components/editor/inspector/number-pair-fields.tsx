'use client';
import { NumberField } from './number-field';
import { useFieldError } from './use-field-error';

export interface NumberPairField<K extends string> {
  key: K;
  label: string;
  min?: number;
  integer?: boolean;
  placeholder?: string;
}

export interface NumberPairFieldsProps<K extends string> {
  fields: readonly [NumberPairField<K>, NumberPairField<K>];
  values: Partial<Record<K, number | undefined>>;
  /** Prefix of the keys' paths in the node's errors (`validation.` finds `validation.min`). */
  errorPrefix: string;
  readOnly: boolean;
  /** `value` is undefined when the user empties the field. */
  onChange(key: K, value: number | undefined): void;
}

/** Two optional number fields side by side (min and max, limits). */
export function NumberPairFields<K extends string>({
  fields,
  values,
  errorPrefix,
  readOnly,
  onChange,
}: NumberPairFieldsProps<K>) {
  const errorAt = useFieldError();
  return (
    <div className="grid grid-cols-2 gap-2">
      {fields.map((field) => (
        <NumberField
          key={field.key}
          label={field.label}
          optional
          value={values[field.key]}
          min={field.min}
          integer={field.integer}
          disabled={readOnly}
          placeholder={field.placeholder}
          error={errorAt(`${errorPrefix}${field.key}`)}
          onChange={(value) => onChange(field.key, value)}
        />
      ))}
    </div>
  );
}
