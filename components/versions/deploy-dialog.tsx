'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Dialog } from '@/components/ui/dialog';
import { DialogForm } from '@/components/ui/dialog-form';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { AccountChecklist, type ChecklistAccount } from './account-checklist';
import { type LiveVersion } from './live-by-account';
import { isRollback, preselectedAccounts } from './deploy-plan';
import { useVersionsRefresh } from './use-versions-refresh';

export interface DeployDialogProps {
  flowId: string;
  number: number;
  /** What each account runs now (see `liveByAccount`). */
  running: ReadonlyMap<string, LiveVersion>;
  newestLive: number | null;
  onClose: () => void;
  /** Called after success with a sentence for the page. */
  onDone: (message: string) => void;
}

/**
 * Makes version `number` live on chosen accounts. Mount it only while open: the choice starts from
 * the accounts that run another version of the flow. Said "Roll back" when a chosen account runs a
 * newer version.
 */
export function DeployDialog({ flowId, number, running, newestLive, onClose, onDone }: DeployDialogProps) {
  const t = useTranslations('history.deploy');
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useVersionsRefresh();
  const accounts = useQuery(trpc.account.list.queryOptions({ workspaceId }));
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const deploy = useMutation(trpc.version.deploy.mutationOptions());

  const list = accounts.data ?? [];
  const selected = chosen ?? preselectedAccounts({ number, running, accountIds: list.map((a) => a.id) });
  const rollback = isRollback({ number, accountIds: selected, running, newestLive });
  const items: ChecklistAccount[] = list.map((account) => {
    const runs = running.get(account.id)?.number;
    return {
      id: account.id,
      name: account.name,
      disabled: runs === number,
      warn: runs !== undefined && runs > number,
      hint:
        runs === undefined
          ? t('notRunning')
          : runs === number
            ? t('runsThis')
            : runs > number
              ? t('rollsBack', { number: runs })
              : t('runsNow', { number: runs }),
    };
  });

  const submit = () => {
    if (selected.length === 0) return setProblem(t('chooseAccount'));
    setProblem(null);
    deploy.mutate(
      { workspaceId, flowId, number, accountIds: selected },
      {
        onSuccess: async (result) => {
          await refresh();
          onDone(t('done', { number, accounts: result.accounts.map((a) => a.name).join(', ') }));
        },
      },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={rollback ? t('titleRollback', { number }) : t('titleDeploy', { number })}
      description={t('description')}
    >
      <DialogForm
        onSubmit={submit}
        error={problem ?? (deploy.error ? errorMessage(deploy.error) : null)}
        pending={deploy.isPending}
        submitLabel={deploy.isPending ? t('pending') : rollback ? t('submitRollback') : t('submitDeploy')}
        onCancel={onClose}
      >
        <RefreshFailed query={accounts} />
        {!hasData(accounts) ? (
          <QueryStatus query={accounts} />
        ) : items.length === 0 ? (
          <p className="text-sm text-slate-500">{t('noAccounts')}</p>
        ) : (
          <AccountChecklist
            legend={t('accounts')}
            accounts={items}
            selected={selected}
            onChange={(ids) => {
              setProblem(null);
              setChosen(ids);
            }}
          />
        )}
      </DialogForm>
    </Dialog>
  );
}
