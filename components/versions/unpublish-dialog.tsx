'use client';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Dialog } from '@/components/ui/dialog';
import { DialogForm } from '@/components/ui/dialog-form';
import { AccountChecklist } from './account-checklist';
import { useVersionsRefresh } from './use-versions-refresh';

export interface UnpublishDialogProps {
  flowId: string;
  number: number;
  /** Where this version is live; all start checked. */
  liveOn: { accountId: string; accountName: string }[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Takes the flow off some of the accounts where version `number` is live. Mount it only while open. */
export function UnpublishDialog({ flowId, number, liveOn, onClose, onDone }: UnpublishDialogProps) {
  const t = useTranslations('history.unpublish');
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useVersionsRefresh();
  const [selected, setSelected] = useState(() => liveOn.map((l) => l.accountId));
  const [problem, setProblem] = useState<string | null>(null);
  const unpublish = useMutation(trpc.version.unpublish.mutationOptions());

  const submit = () => {
    if (selected.length === 0) return setProblem(t('chooseAccount'));
    setProblem(null);
    unpublish.mutate(
      { workspaceId, flowId, accountIds: selected },
      {
        onSuccess: async (result) => {
          await refresh();
          onDone(t('done', { accounts: result.accounts.map((a) => a.accountName).join(', ') }));
        },
      },
    );
  };

  return (
    <Dialog open onClose={onClose} title={t('title', { number })} description={t('description')}>
      <DialogForm
        onSubmit={submit}
        error={problem ?? (unpublish.error ? errorMessage(unpublish.error) : null)}
        pending={unpublish.isPending}
        submitLabel={unpublish.isPending ? t('pending') : t('submit')}
        onCancel={onClose}
      >
        <AccountChecklist
          legend={t('accounts')}
          accounts={liveOn.map((l) => ({
            id: l.accountId,
            name: l.accountName,
            hint: t('runs', { number }),
          }))}
          selected={selected}
          onChange={(ids) => {
            setProblem(null);
            setSelected(ids);
          }}
        />
      </DialogForm>
    </Dialog>
  );
}
