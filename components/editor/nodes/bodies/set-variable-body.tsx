'use client';
import { useTranslations } from 'next-intl';
import { type NodeBodyProps } from './node-body-props';
import { Placeholder } from './placeholder';

const SHOWN = 4;

export function SetVariableBody({ node }: NodeBodyProps<'set-variable'>) {
  const t = useTranslations('editorNodes');
  const assignments = node.data.assignments.filter((a) => a.variable.trim() || a.value.trim());
  if (assignments.length === 0) return <Placeholder>{t('describe.noAssignments')}</Placeholder>;
  return (
    <ul className="space-y-0.5 font-mono text-[11px]">
      {assignments.slice(0, SHOWN).map((a, index) => (
        <li key={index} className="truncate">
          <span className="text-indigo-800">{a.variable || '?'}</span>
          <span className="text-slate-400"> = </span>
          <span>{a.value}</span>
        </li>
      ))}
      {assignments.length > SHOWN ? (
        <li className="font-sans text-slate-500">{t('more', { count: assignments.length - SHOWN })}</li>
      ) : null}
    </ul>
  );
}
