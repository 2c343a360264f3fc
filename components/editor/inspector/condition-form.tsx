'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { type NodeOfType } from '@/core';
import { ConditionEditor } from './condition-editor';
import { defaultCondition } from './default-condition';
import { type InspectorFormProps } from './inspector-form-props';
import { moveItem } from './move-item';
import { nextUniqueId } from './next-unique-id';
import { RowActions } from './row-actions';
import { SegmentedControl } from './segmented-control';

type Branch = NodeOfType<'condition'>['data']['branches'][number];

export function ConditionForm({ node, onChange, readOnly }: InspectorFormProps<'condition'>) {
  const t = useTranslations('inspector.condition');
  const { branches } = node.data;
  const set = (next: Branch[], field: string) => onChange({ ...node.data, branches: next }, field);
  const patch = (index: number, change: Partial<Branch>, field: string) =>
    set(
      branches.map((b, i) => (i === index ? { ...b, ...change } : b)),
      `branches.${index}.${field}`,
    );
  return (
    <div data-testid="inspector-condition" className="flex flex-col gap-3">
      <p className="text-xs text-slate-500">{t('explanation')}</p>
      {branches.map((branch, index) => (
        <section
          key={branch.id}
          aria-label={branch.label || branch.id}
          className="flex flex-col gap-2 rounded-md border border-slate-200 p-2"
        >
          <div className="flex items-center justify-between gap-2">
            <span className="font-mono text-xs text-slate-500">{branch.id}</span>
            <RowActions
              index={index}
              count={branches.length}
              disabled={readOnly}
              itemLabel={branch.label || branch.id}
              onMove={(from, to) => set(moveItem(branches, from, to), 'branches')}
              onRemove={(at) =>
                set(
                  branches.filter((_, i) => i !== at),
                  'branches',
                )
              }
            />
          </div>
          <TextField
            label={t('branchLabel')}
            value={branch.label}
            disabled={readOnly}
            placeholder={branch.id}
            onChange={(event) => patch(index, { label: event.target.value }, 'label')}
          />
          <SegmentedControl
            label={t('match')}
            value={branch.match}
            disabled={readOnly}
            options={[
              { value: 'all', label: t('matchAll') },
              { value: 'any', label: t('matchAny') },
            ]}
            onChange={(match) => patch(index, { match }, 'match')}
          />
          {branch.conditions.length === 0 ? (
            <p className="text-xs text-amber-700">{t('noConditions')}</p>
          ) : null}
          {branch.conditions.map((condition, ci) => (
            <div key={ci} className="flex flex-col gap-1 border-l-2 border-slate-200 pl-2">
              <div className="flex items-center justify-between">
                <span className="text-xs font-semibold text-slate-600">
                  {t('conditionNumber', { number: ci + 1 })}
                </span>
                <RowActions
                  index={ci}
                  count={branch.conditions.length}
                  disabled={readOnly}
                  itemLabel={t('conditionNumber', { number: ci + 1 })}
                  onRemove={(at) =>
                    patch(index, { conditions: branch.conditions.filter((_, i) => i !== at) }, 'conditions')
                  }
                />
              </div>
              <ConditionEditor
                condition={condition}
                readOnly={readOnly}
                path={`branches.${index}.conditions.${ci}`}
                onChange={(next, field) =>
                  patch(
                    index,
                    { conditions: branch.conditions.map((x, i) => (i === ci ? next : x)) },
                    `conditions.${ci}.${field}`,
                  )
                }
              />
            </div>
          ))}
          <Button
            variant="secondary"
            size="sm"
            className="w-fit"
            disabled={readOnly}
            onClick={() =>
              patch(index, { conditions: [...branch.conditions, defaultCondition('compare')] }, 'conditions')
            }
          >
            {t('addCondition')}
          </Button>
        </section>
      ))}
      <p className="text-xs text-slate-500">{t('elseHint')}</p>
      <Button
        variant="secondary"
        size="sm"
        className="w-fit"
        disabled={readOnly}
        onClick={() => {
          const id = nextUniqueId(
            'branch',
            branches.map((b) => b.id),
          );
          set([...branches, { id, label: '', match: 'all', conditions: [] }], 'branches');
        }}
      >
        {t('addBranch')}
      </Button>
    </div>
  );
}
