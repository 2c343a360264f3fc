'use client';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/select-field';
import { type NodeOfType } from '@/core';
import { EditableList } from './editable-list';
import { type InspectorFormProps } from './inspector-form-props';
import { RowHeading } from './row-heading';
import { TemplateInput } from './template-input';
import { useFieldError } from './use-field-error';
import { VariableNameField } from './variable-name-field';

type Assignment = NodeOfType<'set-variable'>['data']['assignments'][number];

export function SetVariableForm({ node, onChange, readOnly }: InspectorFormProps<'set-variable'>) {
  const t = useTranslations('inspector.setVariable');
  const errorAt = useFieldError();
  const { assignments } = node.data;
  return (
    <div data-testid="inspector-set-variable" className="flex flex-col gap-3">
      {assignments.length === 0 ? <p className="text-xs text-slate-500">{t('empty')}</p> : null}
      <EditableList
        items={assignments}
        name="assignments"
        readOnly={readOnly}
        movable
        addLabel={t('addAssignment')}
        newItem={(): Assignment => ({ variable: '', value: '', as: 'string' })}
        itemLabel={(assignment, index) => assignment.variable || t('assignment', { number: index + 1 })}
        onChange={(next, field) => onChange({ ...node.data, assignments: next }, field)}
        renderRow={({ item: assignment, index, actions, patch }) => (
          <div className="flex flex-col gap-2 rounded-md border border-slate-200 p-2">
            <RowHeading title={t('assignment', { number: index + 1 })} actions={actions} />
            <VariableNameField
              label={t('variable')}
              value={assignment.variable}
              disabled={readOnly}
              error={errorAt(['assignments', index, 'variable'])}
              onChange={(variable) => patch({ variable }, 'variable')}
            />
            <TemplateInput
              label={t('value')}
              value={assignment.value}
              disabled={readOnly}
              error={errorAt(['assignments', index, 'value'])}
              onChange={(value) => patch({ value }, 'value')}
            />
            <SelectField
              label={t('as')}
              value={assignment.as}
              disabled={readOnly}
              options={[
                { value: 'string', label: t('asString') },
                { value: 'number', label: t('asNumber') },
              ]}
              onChange={(event) => patch({ as: event.target.value as Assignment['as'] }, 'as')}
            />
          </div>
        )}
      />
    </div>
  );
}
