'use client';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { isVariableName } from '@/core/compiler/is-variable-name';
import { useEditorStore } from '../store/editor-store-context';
import { useNodesIgnoringMoves } from '../store/use-nodes-ignoring-moves';
import { collectVariableNames } from './collect-variable-names';
import { InspectorSection } from './inspector-section';
import { variableNameError } from './variable-name-error';
import { VariableRow } from './variable-row';

/** The flow's declared variables (add, rename, remove, defaults) and those used but not declared. */
export function VariableManager() {
  const t = useTranslations('inspector.variables');
  const variables = useEditorStore((state) => state.doc.variables);
  const nodes = useNodesIgnoringMoves();
  const setVariables = useEditorStore((state) => state.setVariables);
  const readOnly = useEditorStore((state) => state.readOnly);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const names = variables.map((v) => v.name);
  const problem = variableNameError(name, names);
  const undeclared = useMemo(() => {
    const declared = new Set(variables.map((v) => v.name));
    const { written, read } = collectVariableNames(nodes);
    return [...new Set([...written, ...read])].filter((n) => !declared.has(n) && isVariableName(n)).sort();
  }, [variables, nodes]);

  const add = (next: string) => setVariables([...variables, { name: next }]);

  return (
    <InspectorSection title={t('title')} hint={t('hint')}>
      {variables.length === 0 ? <p className="text-xs text-slate-500">{t('empty')}</p> : null}
      <ul aria-label={t('title')} className="flex flex-col gap-2">
        {variables.map((variable, index) => (
          <VariableRow
            key={index}
            variable={variable}
            others={names.filter((_, i) => i !== index)}
            readOnly={readOnly}
            onChange={(next) => setVariables(variables.map((v, i) => (i === index ? next : v)))}
            onRemove={() => setVariables(variables.filter((_, i) => i !== index))}
          />
        ))}
      </ul>
      <form
        className="flex items-start gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (problem !== null) return;
          add(name);
          setName('');
          setTried(false);
        }}
      >
        <TextField
          label={t('newName')}
          className="min-w-0 flex-1 font-mono"
          value={name}
          disabled={readOnly}
          spellCheck={false}
          error={
            problem !== null && (tried || (name !== '' && problem !== 'empty'))
              ? t(`errors.${problem}`)
              : null
          }
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" variant="secondary" className="mt-6" disabled={readOnly}>
          {t('add')}
        </Button>
      </form>
      {undeclared.length > 0 ? (
        <div className="flex flex-col gap-1">
          <h4 className="text-sm font-medium text-slate-700">{t('undeclared')}</h4>
          <p className="text-xs text-slate-500">{t('undeclaredHint')}</p>
          <ul aria-label={t('undeclared')} className="flex flex-col gap-1">
            {undeclared.map((n) => (
              <li key={n} className="flex items-center justify-between gap-2 text-sm">
                <span className="font-mono">{n}</span>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={readOnly}
                  aria-label={t('declare', { name: n })}
                  onClick={() => add(n)}
                >
                  {t('add')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </InspectorSection>
  );
}
