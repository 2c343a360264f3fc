'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { type NodeOfType } from '@/core';
import { EditableList } from './editable-list';
import { type InspectorFormProps } from './inspector-form-props';
import { nextUniqueId } from './next-unique-id';
import { NumberField } from './number-field';
import { useFieldError } from './use-field-error';

type Variant = NodeOfType<'random-split'>['data']['variants'][number];

export function RandomSplitForm({ node, onChange, readOnly }: InspectorFormProps<'random-split'>) {
  const t = useTranslations('inspector.split');
  const errorAt = useFieldError();
  const { variants } = node.data;
  const total = variants.reduce(
    (sum, v) => sum + (Number.isFinite(v.weight) && v.weight > 0 ? v.weight : 0),
    0,
  );
  return (
    <div data-testid="inspector-random-split" className="flex flex-col gap-3">
      <p className="text-xs text-slate-500">{t('explanation')}</p>
      <EditableList
        items={variants}
        name="variants"
        readOnly={readOnly}
        minItems={1}
        addLabel={t('addVariant')}
        newItem={(current): Variant => ({
          id: nextUniqueId(
            'variant',
            current.map((v) => v.id),
          ),
          label: '',
          weight: 50,
        })}
        itemKey={(variant) => variant.id}
        itemLabel={(variant) => variant.label || variant.id}
        onChange={(next, field) => onChange({ ...node.data, variants: next }, field)}
        beforeAdd={
          total === 0 && variants.length > 0 ? <p className="text-sm text-red-600">{t('zeroTotal')}</p> : null
        }
        renderRow={({ item: variant, index, actions, patch }) => {
          const share = total > 0 ? Math.round((Math.max(0, variant.weight) / total) * 1000) / 10 : 0;
          return (
            <div className="flex items-start gap-2">
              <TextField
                label={t('label')}
                className="min-w-0 flex-1"
                value={variant.label}
                disabled={readOnly}
                onChange={(event) => patch({ label: event.target.value }, 'label')}
              />
              <NumberField
                label={t('weight')}
                className="w-24"
                value={variant.weight}
                min={0}
                disabled={readOnly}
                error={errorAt(['variants', index, 'weight'])}
                onChange={(weight) => patch({ weight: weight ?? 0 }, 'weight')}
              />
              <output
                className="w-14 pt-8 text-right text-sm text-slate-600 tabular-nums"
                aria-label={t('shareOf', { name: variant.label || variant.id })}
              >
                {share}%
              </output>
              <div className="pt-6">{actions}</div>
            </div>
          );
        }}
      />
    </div>
  );
}
