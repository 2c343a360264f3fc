'use client';
import { useTranslations } from 'next-intl';
import type { FlowTestResult } from '@/server/simulator/run-flow-tests';
import { diffRows, type DiffRow } from './diff-rows';
import { useDescribeAction } from '../use-describe-action';

const tones: Record<DiffRow['kind'], string> = {
  same: 'text-slate-400',
  expected: 'bg-red-50 text-red-800',
  actual: 'bg-emerald-50 text-emerald-800',
};

/**
 * Why a test case failed, step by step (passing steps are left out): what was done, then its
 * replies as a diff — agreeing lines grey, expected "−" red, actual "+" green — and any error.
 */
export function TestResultDiff({ result }: { result: FlowTestResult }) {
  const t = useTranslations('simulator.tests.diff');
  const describe = useDescribeAction();
  const failing = result.steps.filter((step) => !step.ok);
  return (
    <ol className="flex flex-col gap-2" data-testid="test-diff">
      {failing.map((step) => (
        <li key={step.index} className="rounded-md border border-slate-200 bg-white">
          <p className="border-b border-slate-100 px-2 py-1 text-xs font-medium text-slate-700">
            {t('step', { number: step.index + 1, action: describe.action(step.action) })}
          </p>
          {step.error ? (
            <p role="alert" className="px-2 py-1 text-xs text-red-700">
              {t('error', { error: step.error })}
            </p>
          ) : null}
          {step.lines.length === 0 ? null : (
            <ul className="py-1 font-mono text-xs">
              {diffRows(step.lines).map((row, i) => (
                <li
                  key={i}
                  className={`flex gap-2 px-2 whitespace-pre-wrap ${tones[row.kind]}`}
                  data-kind={row.kind}
                >
                  <span aria-hidden className="w-3 shrink-0 select-none">
                    {row.sign}
                  </span>
                  <span className="sr-only">{t(`kind.${row.kind}`)}</span>
                  <span className="min-w-0 flex-1 break-words">{row.text}</span>
                  {row.label ? (
                    <span className="shrink-0 font-sans text-[11px] font-semibold uppercase">
                      {t(`label.${row.label}`)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
