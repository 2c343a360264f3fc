'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { ChipInput } from './chip-input';
import { EditableList } from './editable-list';
import { RowHeading } from './row-heading';

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
  const values = options.map((o) => o.value);
  return (
    <div className="flex flex-col gap-2">
      <EditableList
        items={options}
        name="options"
        readOnly={readOnly}
        movable
        addLabel={t('addOption')}
        newItem={(): ChoiceOption => ({ value: '', label: '', synonyms: [] })}
        itemLabel={(option, index) => option.label || t('option', { number: index + 1 })}
        onChange={onChange}
        renderRow={({ item: option, index, actions, patch }) => (
          <div className="flex flex-col gap-2 rounded border border-slate-200 p-2">
            <RowHeading title={t('option', { number: index + 1 })} actions={actions} />
            <div className="grid grid-cols-2 gap-2">
              <TextField
                label={t('optionLabel')}
                value={option.label}
                disabled={readOnly}
                onChange={(event) => patch({ label: event.target.value }, 'label')}
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
                onChange={(event) => patch({ value: event.target.value }, 'value')}
              />
            </div>
            <ChipInput
              label={t('synonyms')}
              values={option.synonyms}
              disabled={readOnly}
              onChange={(synonyms) => patch({ synonyms }, 'synonyms')}
            />
          </div>
        )}
      />
      <p className="text-xs text-slate-500">{t('choiceHint')}</p>
    </div>
  );
}
