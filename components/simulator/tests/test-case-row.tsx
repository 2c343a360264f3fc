'use client';
import { useTranslations } from 'next-intl';
import type { FlowTestResult } from '@/server/simulator/run-flow-tests';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import { TestResultDiff } from './test-result-diff';

export interface TestCaseSummary {
  id: string;
  name: string;
  steps: number;
  updatedAt: Date | string;
  updatedByName: string | null;
}

export interface TestCaseRowProps {
  testCase: TestCaseSummary;
  /** Its outcome in the last "Run all" (absent: not run since, or changed since). */
  result?: FlowTestResult;
  /** Editors get Open, Rename, Accept and Delete; viewers only see the row. */
  canEdit: boolean;
  busy: boolean;
  onOpen: () => void;
  onRename: () => void;
  onAccept: () => void;
  onDelete: () => void;
}

/** One test case: name, steps, who changed it when, its last result (a failure with its diff), actions. */
export function TestCaseRow({ testCase, result, canEdit, busy, ...actions }: TestCaseRowProps) {
  const t = useTranslations('simulator.tests');
  const status = result ? (result.passed ? 'passed' : 'failed') : undefined;
  return (
    <li data-testid="test-case-row" data-status={status} className="flex flex-col gap-2 px-3 py-2">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-slate-900">{testCase.name}</p>
          <p className="text-xs text-slate-500">
            {t('steps', { count: testCase.steps })} ·{' '}
            {testCase.updatedByName ? `${testCase.updatedByName} · ` : ''}
            <RelativeTime date={new Date(testCase.updatedAt)} />
          </p>
        </div>
        {result ? (
          <span
            data-testid={`test-result-${testCase.name}`}
            data-status={status}
            className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${
              result.passed ? 'bg-emerald-100 text-emerald-800' : 'bg-red-100 text-red-800'
            }`}
          >
            {result.passed ? t('passed') : t('failed')}
          </span>
        ) : null}
      </div>
      {canEdit ? (
        <div className="flex flex-wrap gap-1">
          <Button size="sm" variant="secondary" disabled={busy} onClick={actions.onOpen}>
            {t('open')}
          </Button>
          <Button size="sm" variant="ghost" disabled={busy} onClick={actions.onRename}>
            {t('rename')}
          </Button>
          <Button size="sm" variant="ghost" disabled={busy} onClick={actions.onAccept}>
            {t('accept')}
          </Button>
          <Button size="sm" variant="ghost" disabled={busy} onClick={actions.onDelete}>
            {t('delete')}
          </Button>
        </div>
      ) : null}
      {result && !result.passed ? <TestResultDiff result={result} /> : null}
    </li>
  );
}
