'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { ErrorBanner } from '@/components/ui/error-banner';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterCheckbox } from '@/components/ui/filter-checkbox';
import { PageHeader } from '@/components/ui/page-header';
import { CreateAccountDialog } from './create-account-dialog';

/** The workspace's accounts (official accounts, WeCom, web chat); editors create and archive. */
export function AccountsView() {
  const t = useTranslations('accounts');
  const format = useFormatter();
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [creating, setCreating] = useState(false);
  const [archiving, setArchiving] = useState<{ id: string; name: string } | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const list = useQuery(trpc.account.list.queryOptions({ workspaceId, includeArchived: showArchived }));

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() });
  const create = useMutation(
    trpc.account.create.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setCreating(false);
      },
    }),
  );
  const archive = useMutation(
    trpc.account.archive.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setArchiving(null);
      },
    }),
  );

  const openCreate = () => {
    create.reset();
    setCreating(true);
  };
  const accounts = list.data ?? [];

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 md:px-8">
      <PageHeader
        title={t('title')}
        description={t('subtitle')}
        actions={canEdit ? <Button onClick={openCreate}>{t('new')}</Button> : null}
      />
      <FilterCheckbox
        label={t('showArchived')}
        checked={showArchived}
        onChange={setShowArchived}
        className="mb-4"
      />
      <ErrorBanner error={!archiving ? archive.error : null} />
      <RefreshFailed query={list} />
      {!hasData(list) ? (
        <QueryStatus query={list} />
      ) : accounts.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          description={t('emptyDescription')}
          action={canEdit ? <Button onClick={openCreate}>{t('new')}</Button> : null}
        />
      ) : (
        <DataTable
          columns={[
            t('name'),
            t('type'),
            t('timezone'),
            t('channels'),
            t('created'),
            ...(canEdit
              ? [
                  <span key="a" className="sr-only">
                    {t('actions')}
                  </span>,
                ]
              : []),
          ]}
        >
          {accounts.map((a) => (
            <tr key={a.id} className="hover:bg-slate-50">
              <td className="px-4 py-3 font-medium text-slate-900">
                <Link
                  href={`/w/${workspaceId}/accounts/${a.id}`}
                  className="text-slate-900 hover:text-brand-700 hover:underline"
                >
                  {a.name}
                </Link>
                {a.archivedAt ? (
                  <span className="ml-2 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800">
                    {t('archived')}
                  </span>
                ) : null}
              </td>
              <td className="px-4 py-3">
                <span className="inline-flex rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
                  {t(`types.${a.type}`)}
                </span>
              </td>
              <td className="px-4 py-3 text-slate-600">{a.timezone}</td>
              <td className="px-4 py-3 text-slate-600">{t('channelCount', { count: a.channelCount })}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                {format.dateTime(a.createdAt, { dateStyle: 'medium' })}
              </td>
              {canEdit ? (
                <td className="px-4 py-3 text-right">
                  {a.archivedAt ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={archive.isPending}
                      onClick={() => archive.mutate({ workspaceId, accountId: a.id, archived: false })}
                    >
                      {t('restore')}
                    </Button>
                  ) : (
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-red-700"
                      onClick={() => {
                        archive.reset();
                        setArchiving({ id: a.id, name: a.name });
                      }}
                    >
                      {t('archive')}
                    </Button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}

      <CreateAccountDialog
        open={creating}
        pending={create.isPending}
        error={create.error ? errorMessage(create.error) : null}
        onSubmit={(values) => create.mutate({ workspaceId, ...values })}
        onClose={() => setCreating(false)}
      />
      <ConfirmDialog
        open={archiving !== null}
        title={t('archiveTitle')}
        message={archiving ? t('archiveMessage', { name: archiving.name }) : ''}
        confirmLabel={t('archiveConfirm')}
        pending={archive.isPending}
        error={archive.error ? errorMessage(archive.error) : null}
        onConfirm={() => archiving && archive.mutate({ workspaceId, accountId: archiving.id })}
        onCancel={() => setArchiving(null)}
      />
    </div>
  );
}
