'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import { type FlowDocument } from '@/core';
import { DefaultValueEditor } from './default-value-editor';
import { RowActions } from './row-actions';
import { variableNameError } from './variable-name-error';

type Variable = FlowDocument['variables'][number];

export interface VariableRowProps {
  variable: Variable;
  /** Names of the other declared variables (a rename may not collide with them). */
  others: readonly string[];
  onChange(variable: Variable): void;
  onRemove(): void;
  readOnly: boolean;
}

/** One declared variable: rename (committed only when valid and unique), default, description. */
export function VariableRow({ variable, others, onChange, onRemove, readOnly }: VariableRowProps) {
  const t = useTranslations('inspector.variables');
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null);
  const text = draft !== null && draft.base === variable.name ? draft.text : variable.name;
  const problem = text === variable.name ? null : variableNameError(text, others);
  return (
    <li aria-label={variable.name} className="flex flex-col gap-2 rounded-md border border-slate-200 p-2">
      <div className="flex items-start gap-2">
        <TextField
          label={t('name')}
          className="min-w-0 flex-1 font-mono"
          value={text}
          disabled={readOnly}
          spellCheck={false}
          error={problem ? t(`errors.${problem}`) : null}
          onChange={(event) => {
            const next = event.target.value;
            if (variableNameError(next, others) === null) {
              setDraft(null);
              onChange({ ...variable, name: next });
            } else setDraft({ text: next, base: variable.name });
          }}
          onBlur={() => setDraft(null)}
        />
        <div className="pt-6">
          <RowActions index={0} count={1} disabled={readOnly} itemLabel={variable.name} onRemove={onRemove} />
        </div>
      </div>
      <DefaultValueEditor
        name={variable.name}
        value={variable.defaultValue}
        readOnly={readOnly}
        onChange={(defaultValue) => {
          const next = { ...variable };
          if (defaultValue === undefined) delete next.defaultValue;
          else next.defaultValue = defaultValue;
          onChange(next);
        }}
      />
      <TextField
        label={t('description')}
        value={variable.description ?? ''}
        disabled={readOnly}
        onChange={(event) => onChange({ ...variable, description: event.target.value || undefined })}
      />
    </li>
  );
}
