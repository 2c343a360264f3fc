'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { type NodeOfType } from '@/core';
import { ConditionEditor } from './condition-editor';
import { defaultCondition } from './default-condition';
import { EditableList } from './editable-list';
import { type InspectorFormProps } from './inspector-form-props';
import { nextUniqueId } from './next-unique-id';
import { RowHeading } from './row-heading';
import { SegmentedControl } from './segmented-control';

type Branch = NodeOfType<'condition'>['data']['branches'][number];

export function ConditionForm({ node, onChange, readOnly }: InspectorFormProps<'condition'>) {
  const t = useTranslations('inspector.condition');
  const { branches } = node.data;
  return (
    <div data-testid="inspector-condition" className="flex flex-col gap-3">
      <p className="text-xs text-slate-500">{t('explanation')}</p>
      <EditableList
        items={branches}
        name="branches"
        readOnly={readOnly}
        movable
        addLabel={t('addBranch')}
        newItem={(current): Branch => ({
          id: nextUniqueId(
            'branch',
            current.map((b) => b.id),
          ),
          label: '',
          match: 'all',
          conditions: [],
        })}
        itemKey={(branch) => branch.id}
        itemLabel={(branch) => branch.label || branch.id}
        onChange={(next, field) => onChange({ ...node.data, branches: next }, field)}
        beforeAdd={<p className="text-xs text-slate-500">{t('elseHint')}</p>}
        renderRow={({ item: branch, index, actions, patch }) => (
          <section
            aria-label={branch.label || branch.id}
            className="flex flex-col gap-2 rounded-md border border-slate-200 p-2"
          >
            <div className="flex items-center justify-between gap-2">
              <span className="font-mono text-xs text-slate-500">{branch.id}</span>
              {actions}
            </div>
            <TextField
              label={t('branchLabel')}
              value={branch.label}
              disabled={readOnly}
              placeholder={branch.id}
              onChange={(event) => patch({ label: event.target.value }, 'label')}
            />
            <SegmentedControl
              label={t('match')}
              value={branch.match}
              disabled={readOnly}
              options={[
                { value: 'all', label: t('matchAll') },
                { value: 'any', label: t('matchAny') },
              ]}
              onChange={(match) => patch({ match }, 'match')}
            />
            {branch.conditions.length === 0 ? (
              <p className="text-xs text-amber-700">{t('noConditions')}</p>
            ) : null}
            <EditableList
              items={branch.conditions}
              name="conditions"
              readOnly={readOnly}
              addLabel={t('addCondition')}
              newItem={() => defaultCondition('compare')}
              itemLabel={(_, ci) => t('conditionNumber', { number: ci + 1 })}
              onChange={(conditions, field) => patch({ conditions }, field)}
              renderRow={({ item: condition, index: ci, actions: conditionActions, replace }) => (
                <div className="flex flex-col gap-1 border-l-2 border-slate-200 pl-2">
                  <RowHeading title={t('conditionNumber', { number: ci + 1 })} actions={conditionActions} />
                  <ConditionEditor
                    condition={condition}
                    readOnly={readOnly}
                    path={`branches.${index}.conditions.${ci}`}
                    onChange={replace}
                  />
                </div>
              )}
            />
          </section>
        )}
      />
    </div>
  );
}
