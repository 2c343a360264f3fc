'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { type NodeOfType } from '@/core';
import { type InspectorFormProps } from './inspector-form-props';
import { moveItem } from './move-item';
import { RowActions } from './row-actions';
import { TemplateInput } from './template-input';
import { useFieldError } from './use-field-error';
import { VariableNameField } from './variable-name-field';

type Assignment = NodeOfType<'set-variable'>['data']['assignments'][number];

export function SetVariableForm({ node, onChange, readOnly }: InspectorFormProps<'set-variable'>) {
  const t = useTranslations('inspector.setVariable');
  const errorAt = useFieldError();
  const { assignments } = node.data;
  const set = (next: Assignment[], field: string) => onChange({ ...node.data, assignments: next }, field);
  const patch = (index: number, change: Partial<Assignment>, field: string) =>
    set(
      assignments.map((a, i) => (i === index ? { ...a, ...change } : a)),
      `assignments.${index}.${field}`,
    );
  return (
    <div data-testid="inspector-set-variable" className="flex flex-col gap-3">
      {assignments.length === 0 ? <p className="text-xs text-slate-500">{t('empty')}</p> : null}
      {assignments.map((assignment, index) => (
        <div key={index} className="flex flex-col gap-2 rounded-md border border-slate-200 p-2">
          <div className="flex items-center justify-between">
            <span className="text-xs font-semibold text-slate-600">
              {t('assignment', { number: index + 1 })}
            </span>
            <RowActions
              index={index}
              count={assignments.length}
              disabled={readOnly}
              itemLabel={assignment.variable || t('assignment', { number: index + 1 })}
              onMove={(from, to) => set(moveItem(assignments, from, to), 'assignments')}
              onRemove={(at) =>
                set(
                  assignments.filter((_, i) => i !== at),
                  'assignments',
                )
              }
            />
          </div>
          <VariableNameField
            label={t('variable')}
            value={assignment.variable}
            disabled={readOnly}
            error={errorAt(['assignments', index, 'variable'])}
            onChange={(variable) => patch(index, { variable }, 'variable')}
          />
          <TemplateInput
            label={t('value')}
            value={assignment.value}
            disabled={readOnly}
            error={errorAt(['assignments', index, 'value'])}
            onChange={(value) => patch(index, { value }, 'value')}
          />
          <SelectField
            label={t('as')}
            value={assignment.as}
            disabled={readOnly}
            options={[
              { value: 'string', label: t('asString') },
              { value: 'number', label: t('asNumber') },
            ]}
            onChange={(event) => patch(index, { as: event.target.value as Assignment['as'] }, 'as')}
          />
        </div>
      ))}
      <Button
        variant="secondary"
        size="sm"
        className="w-fit"
        disabled={readOnly}
        onClick={() => set([...assignments, { variable: '', value: '', as: 'string' }], 'assignments')}
      >
        {t('addAssignment')}
      </Button>
    </div>
  );
}
