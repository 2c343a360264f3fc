'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { RowActions } from './row-actions';
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
  const patch = (index: number, change: Partial<{ name: string; value: string }>, field: string) =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, ...change } : row)),
      `${index}.${field}`,
    );
  return (
    <div className="flex flex-col gap-2">
      {rows.map((row, index) => (
        <div key={index} className="flex items-start gap-2">
          <TextField
            label={nameLabel}
            className="w-2/5"
            value={row.name}
            disabled={readOnly}
            spellCheck={false}
            error={nameError?.(index) ?? null}
            onChange={(event) => patch(index, { name: event.target.value }, 'name')}
          />
          {templateValues ? (
            <TemplateInput
              label={valueLabel}
              className="min-w-0 flex-1"
              value={row.value}
              disabled={readOnly}
              onChange={(value) => patch(index, { value }, 'value')}
            />
          ) : (
            <TextField
              label={valueLabel}
              className="min-w-0 flex-1"
              value={row.value}
              disabled={readOnly}
              onChange={(event) => patch(index, { value: event.target.value }, 'value')}
            />
          )}
          <div className="pt-6">
            <RowActions
              index={index}
              count={rows.length}
              disabled={readOnly}
              itemLabel={row.name || t('row', { number: index + 1 })}
              onRemove={(at) =>
                onChange(
                  rows.filter((_, i) => i !== at),
                  'rows',
                )
              }
            />
          </div>
        </div>
      ))}
      <Button
        variant="secondary"
        size="sm"
        className="w-fit"
        disabled={readOnly}
        onClick={() => onChange([...rows, { name: '', value: '' }], 'rows')}
      >
        {addLabel}
      </Button>
    </div>
  );
}
