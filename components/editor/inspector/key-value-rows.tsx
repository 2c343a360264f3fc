'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { EditableList } from './editable-list';
import { TemplateInput } from './template-input';

export interface KeyValueRowsProps {
  rows: readonly { name: string; value: string }[];
  onChange(rows: { name: string; value: string }[], field: string): void;
  nameLabel: string;
  valueLabel: string;
  addLabel: string;
  readOnly: boolean;
  /** Values are `{{ }}` templates (variable picker, autocomplete). */
  templateValues?: boolean;
  nameError?(index: number): string | undefined;
}

/** Editable name/value pairs (HTTP headers, sample variables). */
export function KeyValueRows({
  rows,
  onChange,
  nameLabel,
  valueLabel,
  addLabel,
  readOnly,
  templateValues,
  nameError,
}: KeyValueRowsProps) {
  const t = useTranslations('inspector.common');
  return (
    <div className="flex flex-col gap-2">
      <EditableList
        items={rows}
        name="rows"
        itemPrefix=""
        readOnly={readOnly}
        addLabel={addLabel}
        newItem={() => ({ name: '', value: '' })}
        itemLabel={(row, index) => row.name || t('row', { number: index + 1 })}
        onChange={onChange}
        renderRow={({ item: row, index, actions, patch }) => (
          <div className="flex items-start gap-2">
            <TextField
              label={nameLabel}
              className="w-2/5"
              value={row.name}
              disabled={readOnly}
              spellCheck={false}
              error={nameError?.(index) ?? null}
              onChange={(event) => patch({ name: event.target.value }, 'name')}
            />
            {templateValues ? (
              <TemplateInput
                label={valueLabel}
                className="min-w-0 flex-1"
                value={row.value}
                disabled={readOnly}
                onChange={(value) => patch({ value }, 'value')}
              />
            ) : (
              <TextField
                label={valueLabel}
                className="min-w-0 flex-1"
                value={row.value}
                disabled={readOnly}
                onChange={(event) => patch({ value: event.target.value }, 'value')}
              />
            )}
            <div className="pt-6">{actions}</div>
          </div>
        )}
      />
    </div>
  );
}
