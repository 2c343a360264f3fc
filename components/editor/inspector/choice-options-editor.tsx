'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { ChipInput } from './chip-input';
import { moveItem } from './move-item';
import { RowActions } from './row-actions';

interface ChoiceOption {
  value: string;
  label: string;
  synonyms: string[];
}

export interface ChoiceOptionsEditorProps {
  options: readonly ChoiceOption[];
  onChange(options: ChoiceOption[], field: string): void;
  readOnly: boolean;
}

/** The options of a choice question: stored value, shown label, synonyms that also match. */
export function ChoiceOptionsEditor({ options, onChange, readOnly }: ChoiceOptionsEditorProps) {
  const t = useTranslations('inspector.validation');
  const patch = (index: number, change: Partial<ChoiceOption>, field: string) =>
    onChange(
      options.map((o, i) => (i === index ? { ...o, ...change } : o)),
      `options.${index}.${field}`,
    );
  const values = options.map((o) => o.value);
  return (
    <div className="flex flex-col gap-2">
      {options.map((option, index) => (
        <div key={index} className="flex flex-col gap-2 rounded border border-slate-200 p-2">
          <div className="flex items-center justify-between">
            <span className="text-xs font-semibold text-slate-600">{t('option', { number: index + 1 })}</span>
            <RowActions
              index={index}
              count={options.length}
              disabled={readOnly}
              itemLabel={option.label || t('option', { number: index + 1 })}
              onMove={(from, to) => onChange(moveItem(options, from, to), 'options')}
              onRemove={(at) =>
                onChange(
                  options.filter((_, i) => i !== at),
                  'options',
                )
              }
            />
          </div>
          <div className="grid grid-cols-2 gap-2">
            <TextField
              label={t('optionLabel')}
              value={option.label}
              disabled={readOnly}
              onChange={(event) => patch(index, { label: event.target.value }, 'label')}
            />
            <TextField
              label={t('optionValue')}
              value={option.value}
              disabled={readOnly}
              error={
                option.value !== '' && values.filter((v) => v === option.value).length > 1
                  ? t('duplicateValue')
                  : null
              }
              onChange={(event) => patch(index, { value: event.target.value }, 'value')}
            />
          </div>
          <ChipInput
            label={t('synonyms')}
            values={option.synonyms}
            disabled={readOnly}
            onChange={(synonyms) => patch(index, { synonyms }, 'synonyms')}
          />
        </div>
      ))}
      <Button
        variant="secondary"
        size="sm"
        className="w-fit"
        disabled={readOnly}
        onClick={() => onChange([...options, { value: '', label: '', synonyms: [] }], 'options')}
      >
        {t('addOption')}
      </Button>
      <p className="text-xs text-slate-500">{t('choiceHint')}</p>
    </div>
  );
}
