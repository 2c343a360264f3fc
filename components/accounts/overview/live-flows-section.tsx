'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId, useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import type { LiveFlow } from './deployment-rows';
import { LiveFlowRow } from './live-flow-row';

/**
 * The flows live on an account in merge order (`deployment.forAccount`): which version, since when,
 * by whom; editors change the merge priority and unpublish canvas flows from this account.
 */
export function LiveFlowsSection({
  accountId,
  autoRepliesHref,
}: {
  accountId: string;
  autoRepliesHref: string;
}) {
  const t = useTranslations('accountOverview');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const [unpublishing, setUnpublishing] = useState<LiveFlow | null>(null);
  const live = useQuery(trpc.deployment.forAccount.queryOptions({ workspaceId, accountId }));
  const unpublish = useMutation(
    trpc.version.unpublish.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.deployment.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.version.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.flow.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.account.get.queryKey() }),
        ]);
        setUnpublishing(null);
      },
    }),
  );

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t('liveFlows')}
      </h2>
      <RefreshFailed query={live} />
      {!hasData(live) ? (
        <QueryStatus query={live} />
      ) : live.data.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          description={t('emptyDescription')}
          action={
            <Link href={autoRepliesHref} className="text-sm font-medium text-brand-700 hover:underline">
              {t('setUpAutoReplies')}
            </Link>
          }
        />
      ) : (
        <>
          <p className="text-sm text-slate-500">{t('priorityHelp')}</p>
          <DataTable
            label={t('liveFlows')}
            wide
            dense
            columns={[
              t('columns.flow'),
              t('columns.version'),
              t('columns.since'),
              t('columns.by'),
              t('columns.priority'),
              <span key="actions" className="sr-only">
                {t('columns.actions')}
              </span>,
            ]}
          >
            {live.data.map((flow) => (
              <LiveFlowRow
                key={flow.flowId}
                accountId={accountId}
                flow={flow}
                autoRepliesHref={autoRepliesHref}
                onUnpublish={() => {
                  unpublish.reset();
                  setUnpublishing(flow);
                }}
              />
            ))}
          </DataTable>
        </>
      )}
      {canEdit ? (
        <ConfirmDialog
          open={unpublishing !== null}
          title={t('unpublishTitle')}
          message={t('unpublishMessage', { name: unpublishing?.flowName ?? '' })}
          confirmLabel={t('unpublish')}
          pending={unpublish.isPending}
          error={unpublish.error ? errorMessage(unpublish.error) : null}
          onCancel={() => setUnpublishing(null)}
          onConfirm={() =>
            unpublishing &&
            unpublish.mutate({ workspaceId, flowId: unpublishing.flowId, accountIds: [accountId] })
          }
        />
      ) : null}
    </section>
  );
}
