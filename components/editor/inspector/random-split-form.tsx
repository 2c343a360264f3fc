'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { type NodeOfType } from '@/core';
import { type InspectorFormProps } from './inspector-form-props';
import { nextUniqueId } from './next-unique-id';
import { NumberField } from './number-field';
import { RowActions } from './row-actions';
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
  const set = (next: Variant[], field: string) => onChange({ ...node.data, variants: next }, field);
  const patch = (index: number, change: Partial<Variant>, field: string) =>
    set(
      variants.map((v, i) => (i === index ? { ...v, ...change } : v)),
      `variants.${index}.${field}`,
    );
  return (
    <div data-testid="inspector-random-split" className="flex flex-col gap-3">
      <p className="text-xs text-slate-500">{t('explanation')}</p>
      {variants.map((variant, index) => {
        const share = total > 0 ? Math.round((Math.max(0, variant.weight) / total) * 1000) / 10 : 0;
        return (
          <div key={variant.id} className="flex items-start gap-2">
            <TextField
              label={t('label')}
              className="min-w-0 flex-1"
              value={variant.label}
              disabled={readOnly}
              onChange={(event) => patch(index, { label: event.target.value }, 'label')}
            />
            <NumberField
              label={t('weight')}
              className="w-24"
              value={variant.weight}
              min={0}
              disabled={readOnly}
              error={errorAt(['variants', index, 'weight'])}
              onChange={(weight) => patch(index, { weight: weight ?? 0 }, 'weight')}
            />
            <output
              className="w-14 pt-8 text-right text-sm text-slate-600 tabular-nums"
              aria-label={t('shareOf', { name: variant.label || variant.id })}
            >
              {share}%
            </output>
            <div className="pt-6">
              <RowActions
                index={index}
                count={variants.length}
                disabled={readOnly || variants.length <= 1}
                itemLabel={variant.label || variant.id}
                onRemove={(at) =>
                  set(
                    variants.filter((_, i) => i !== at),
                    'variants',
                  )
                }
              />
            </div>
          </div>
        );
      })}
      {total === 0 && variants.length > 0 ? <p className="text-sm text-red-600">{t('zeroTotal')}</p> : null}
      <Button
        variant="secondary"
        size="sm"
        className="w-fit"
        disabled={readOnly}
        onClick={() => {
          const id = nextUniqueId(
            'variant',
            variants.map((v) => v.id),
          );
          set([...variants, { id, label: '', weight: 50 }], 'variants');
        }}
      >
        {t('addVariant')}
      </Button>
    </div>
  );
}
