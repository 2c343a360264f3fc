'use client';
import { useTranslations } from 'next-intl';
import { ChipInput } from './chip-input';
import { type InspectorFormProps } from './inspector-form-props';
import { useFieldError } from './use-field-error';

export function TagContactForm({ node, onChange, readOnly }: InspectorFormProps<'tag-contact'>) {
  const t = useTranslations('inspector.tags');
  const errorAt = useFieldError();
  const { data } = node;
  return (
    <div data-testid="inspector-tag-contact" className="flex flex-col gap-3">
      <ChipInput
        label={t('add')}
        values={data.add}
        disabled={readOnly}
        error={errorAt('add')}
        validate={(tag) => (data.remove.includes(tag) ? t('inBoth', { tag }) : null)}
        onChange={(add) => onChange({ ...data, add }, 'add')}
      />
      <ChipInput
        label={t('remove')}
        values={data.remove}
        disabled={readOnly}
        error={errorAt('remove')}
        validate={(tag) => (data.add.includes(tag) ? t('inBoth', { tag }) : null)}
        onChange={(remove) => onChange({ ...data, remove }, 'remove')}
      />
    </div>
  );
}
