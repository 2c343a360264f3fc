'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useEditorStore, useEditorStoreApi } from '@/components/editor/store/editor-store-context';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import type { FlowTestsSummary } from '@/server/simulator/run-flow-tests';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { TestCaseNameDialog } from './test-case-name-dialog';
import { TestCaseRow, type TestCaseSummary } from './test-case-row';
import { useTestCaseActions } from './use-test-case-actions';

export interface TestCasesTabProps {
  flowId: string;
  /** The caller's current simulation (what "Save as test case" stores); null before the first one. */
  simulation: Simulation | null;
  /** A test case was loaded into the simulator ("Open in simulator"). */
  onReplayed: (result: { simulation: Simulation; revision: number; accountId: string | null }) => void;
}

type Pending = { kind: 'save' } | { kind: 'rename' | 'delete' | 'accept'; testCase: TestCaseSummary } | null;

/**
 * The simulator's test cases: save the simulation as one, run them all against the editor's current
 * document (with a readable diff for each failure), and per test case open, rename, accept the
 * current replies or delete. Viewers see the list and "Run all" only.
 */
export function TestCasesTab({ flowId, simulation, onReplayed }: TestCasesTabProps) {
  const t = useTranslations('simulator.tests');
  const trpc = useTRPC();
  const { canEdit } = useWorkspace();
  const store = useEditorStoreApi();
  const errorMessage = useErrorMessage();
  const actions = useTestCaseActions(flowId);
  const { ids } = actions;
  const list = useQuery(trpc.testCase.list.queryOptions(ids));
  const [dialog, setDialog] = useState<Pending>(null);
  const [run, setRun] = useState<FlowTestsSummary | null>(null);
  // Results describe the document they ran on: an edit makes them stale, so they go.
  const docVersion = useEditorStore((st) => st.docVersion);
  useEffect(() => setRun(null), [docVersion]);

  const open = (next: Pending) => {
    for (const m of [actions.create, actions.rename, actions.remove, actions.accept]) m.reset();
    setDialog(next);
  };
  /** After a delete or an accept: that test case's last result no longer says anything. */
  const dropped = (testCaseId: string) => {
    setRun((r) => {
      if (!r) return r;
      const results = r.results.filter((x) => x.id !== testCaseId);
      return { total: results.length, passed: results.filter((x) => x.passed).length, results };
    });
    setDialog(null);
  };
  const doc = () => store.getState().doc;
  const canSave = (simulation?.steps.length ?? 0) > 0;
  const target = dialog && dialog.kind !== 'save' ? dialog.testCase : null;
  const busy = actions.replay.isPending || actions.runAll.isPending;
  const rowError = actions.replay.error ?? actions.runAll.error;

  return (
    <section className="flex flex-col gap-3" aria-label={t('title')}>
      <div className="flex flex-wrap items-center gap-2">
        {canEdit ? (
          <Button
            size="sm"
            data-testid="save-test-case"
            disabled={!canSave}
            onClick={() => open({ kind: 'save' })}
          >
            {t('save')}
          </Button>
        ) : null}
        <Button
          size="sm"
          variant="secondary"
          data-testid="run-all-tests"
          disabled={busy || !list.data?.length}
          onClick={() =>
            actions.runAll.mutate({ ...ids, document: doc() }, { onSuccess: (summary) => setRun(summary) })
          }
        >
          {actions.runAll.isPending ? t('running') : t('runAll')}
        </Button>
      </div>
      {canEdit && !canSave ? <p className="text-xs text-slate-500">{t('saveHint')}</p> : null}
      {run ? (
        <p
          data-testid="test-summary"
          data-status={run.passed === run.total ? 'passed' : 'failed'}
          className={`text-sm font-medium ${run.passed === run.total ? 'text-emerald-700' : 'text-red-700'}`}
        >
          {t('summary', { passed: run.passed, total: run.total })}
        </p>
      ) : null}
      {rowError ? <Alert>{errorMessage(rowError)}</Alert> : null}
      {actions.replay.data ? (
        <Alert tone={actions.replay.data.skipped.length > 0 ? 'info' : 'success'}>
          <span data-testid="replay-notice">
            {t('replayed')}
            {actions.replay.data.skipped.map((s) => (
              <span key={s.index} className="mt-1 block">
                {t('replaySkipped', { number: s.index + 1, error: s.error })}
              </span>
            ))}
          </span>
        </Alert>
      ) : null}
      <RefreshFailed query={list} />
      {!hasData(list) ? (
        <QueryStatus query={list} />
      ) : list.data.length === 0 ? (
        <p className="text-sm text-slate-500">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
          {list.data.map((testCase) => (
            <TestCaseRow
              key={testCase.id}
              testCase={testCase}
              result={run?.results.find((r) => r.id === testCase.id)}
              canEdit={canEdit}
              busy={busy}
              onOpen={() =>
                actions.replay.mutate(
                  { ...ids, testCaseId: testCase.id, document: doc() },
                  { onSuccess: onReplayed },
                )
              }
              onRename={() => open({ kind: 'rename', testCase })}
              onAccept={() => open({ kind: 'accept', testCase })}
              onDelete={() => open({ kind: 'delete', testCase })}
            />
          ))}
        </ul>
      )}

      <TestCaseNameDialog
        open={dialog?.kind === 'save' || dialog?.kind === 'rename'}
        title={dialog?.kind === 'rename' ? t('renameTitle') : t('saveTitle')}
        submitLabel={dialog?.kind === 'rename' ? t('renameSubmit') : t('saveSubmit')}
        initialName={dialog?.kind === 'rename' ? dialog.testCase.name : ''}
        pending={actions.create.isPending || actions.rename.isPending}
        error={dialog?.kind === 'rename' ? actions.rename.error : actions.create.error}
        onSubmit={(name) => {
          const done = { onSuccess: () => setDialog(null) };
          if (dialog?.kind === 'rename')
            actions.rename.mutate({ ...ids, testCaseId: dialog.testCase.id, name }, done);
          else actions.create.mutate({ ...ids, name }, done);
        }}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={t('deleteTitle')}
        message={t('deleteMessage', { name: target?.name ?? '' })}
        confirmLabel={t('deleteConfirm')}
        pending={actions.remove.isPending}
        error={actions.remove.error ? errorMessage(actions.remove.error) : null}
        onConfirm={() =>
          target &&
          actions.remove.mutate({ ...ids, testCaseId: target.id }, { onSuccess: () => dropped(target.id) })
        }
        onCancel={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog?.kind === 'accept'}
        tone="primary"
        title={t('acceptTitle')}
        message={t('acceptMessage', { name: target?.name ?? '' })}
        confirmLabel={t('acceptConfirm')}
        pending={actions.accept.isPending}
        error={actions.accept.error ? errorMessage(actions.accept.error) : null}
        onConfirm={() =>
          target &&
          actions.accept.mutate(
            { ...ids, testCaseId: target.id, document: doc() },
            { onSuccess: () => dropped(target.id) },
          )
        }
        onCancel={() => setDialog(null)}
      />
    </section>
  );
}
