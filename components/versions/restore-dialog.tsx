'use client';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useVersionsRefresh } from './use-versions-refresh';

/** The app code of a failed call, when the server sent one. */
function appCode(error: unknown): string | null {
  return (error as { data?: { appCode?: string | null } | null } | null)?.data?.appCode ?? null;
}

/**
 * Replaces the draft with version `number`, guarded by the draft revision this page loaded. On a
 * conflict the page reloads the revision and explains; confirming again then replaces the newer draft.
 */
export function RestoreDialog({
  flowId,
  number,
  revision,
  onClose,
  onDone,
}: {
  flowId: string;
  number: number;
  /** The flow's draft revision from `version.list`. */
  revision: number;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const t = useTranslations('history.restore');
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useVersionsRefresh();
  const restore = useMutation(
    trpc.version.restore.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone(t('done', { number }));
      },
      onError: async (error) => {
        if (appCode(error) === 'REVISION_CONFLICT') await refresh();
      },
    }),
  );
  const error = restore.error
    ? appCode(restore.error) === 'REVISION_CONFLICT'
      ? t('conflict')
      : errorMessage(restore.error)
    : null;
  return (
    <ConfirmDialog
      open
      tone="primary"
      title={t('title', { number })}
      message={t('message', { number })}
      confirmLabel={restore.isPending ? t('pending') : t('confirm')}
      pending={restore.isPending}
      error={error}
      onConfirm={() => restore.mutate({ workspaceId, flowId, number, revision })}
      onCancel={onClose}
    />
  );
}
