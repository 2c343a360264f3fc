'use client';
import { useTranslations } from 'next-intl';
import { describeCondition } from '../describe/describe-condition';
import { type NodeBodyProps } from './node-body-props';
import { Placeholder } from './placeholder';

const BRANCHES_SHOWN = 5;

/** Branches in port order (the handles below follow the same order, then `else`). */
export function ConditionBody({ node }: NodeBodyProps<'condition'>) {
  const t = useTranslations();
  const { branches } = node.data;
  if (branches.length === 0) return <Placeholder>{t('editorNodes.describe.noBranches')}</Placeholder>;
  return (
    <ol className="space-y-1">
      {branches.slice(0, BRANCHES_SHOWN).map((branch) => {
        const [first, ...others] = branch.conditions;
        return (
          <li key={branch.id} className="flex min-w-0 items-baseline gap-1.5">
            <span className="max-w-[40%] shrink-0 truncate font-medium text-orange-800">
              {branch.label || branch.id}
            </span>
            <span className="min-w-0 truncate text-slate-600">
              {first ? describeCondition(first, t) : t('editorNodes.describe.noConditions')}
            </span>
            {others.length > 0 ? (
              <span className="shrink-0 text-[11px] text-slate-400">
                {t(branch.match === 'any' ? 'editorNodes.orMore' : 'editorNodes.andMore', {
                  count: others.length,
                })}
              </span>
            ) : null}
          </li>
        );
      })}
      {branches.length > BRANCHES_SHOWN ? (
        <li className="text-[11px] text-slate-500">
          {t('editorNodes.moreBranches', { count: branches.length - BRANCHES_SHOWN })}
        </li>
      ) : null}
    </ol>
  );
}
