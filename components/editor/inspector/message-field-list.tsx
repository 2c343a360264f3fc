'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { TemplateInput } from './template-input';
import { TemplateTextarea } from './template-textarea';
import { useFieldError } from './use-field-error';

/** One string field of a message: `template` fields get the variable picker, `long` a textarea. */
export interface MessageFieldSpec<F extends string> {
  name: F;
  /** Key under `inspector.messages`. */
  label: string;
  template?: boolean;
  long?: boolean;
}

export interface MessageFieldListProps<M extends Record<F, string>, F extends string> {
  message: M;
  fields: readonly MessageFieldSpec<F>[];
  onChange(message: M, field: string): void;
  readOnly: boolean;
  path: string;
}

/** Renders a message's plain string fields in order (the editors of the simple message kinds). */
export function MessageFieldList<M extends Record<F, string>, F extends string>({
  message,
  fields,
  onChange,
  readOnly,
  path,
}: MessageFieldListProps<M, F>) {
  const t = useTranslations('inspector.messages');
  const errorAt = useFieldError();
  return (
    <div className="flex flex-col gap-2">
      {fields.map((spec) => {
        const common = {
          label: t(spec.label),
          value: message[spec.name],
          disabled: readOnly,
          error: errorAt(`${path}.${spec.name}`),
        };
        const set = (value: string) => onChange({ ...message, [spec.name]: value }, spec.name);
        if (spec.template && spec.long)
          return <TemplateTextarea key={spec.name} {...common} rows={2} onChange={set} />;
        if (spec.template) return <TemplateInput key={spec.name} {...common} onChange={set} />;
        return <TextField key={spec.name} {...common} onChange={(event) => set(event.target.value)} />;
      })}
    </div>
  );
}
