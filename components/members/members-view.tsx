'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { ErrorBanner } from '@/components/ui/error-banner';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import type { Role } from '@/server/db/schema';
import { InvitePanel } from './invite-panel';
import { roles } from './roles';

/** Who is in the workspace; owners change roles, remove people and invite new ones. */
export function MembersView() {
  const t = useTranslations('members');
  const tRoles = useTranslations('roles');
  const format = useFormatter();
  const { workspaceId, isOwner, userId: myId } = useWorkspace();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [removing, setRemoving] = useState<{ userId: string; name: string } | null>(null);
  const list = useQuery(trpc.member.list.queryOptions({ workspaceId }));

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey() });
  // Changing or removing yourself changes what the whole shell may show: reload it from the server.
  const updateRole = useMutation(
    trpc.member.updateRole.mutationOptions({
      onSettled: refresh,
      onSuccess: ({ userId }) => {
        if (userId === myId) router.refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.member.remove.mutationOptions({
      onSuccess: async ({ userId }) => {
        if (userId === myId) {
          router.replace('/');
          router.refresh();
          return;
        }
        await refresh();
        setRemoving(null);
      },
    }),
  );

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 md:px-8">
      <PageHeader title={t('title')} description={isOwner ? t('subtitleOwner') : t('subtitle')} />
      <ErrorBanner error={updateRole.error} />
      <RefreshFailed query={list} />
      {!hasData(list) ? (
        <QueryStatus query={list} />
      ) : (
        <DataTable
          columns={[
            t('name'),
            t('email'),
            t('role'),
            t('joined'),
            ...(isOwner
              ? [
                  <span key="a" className="sr-only">
                    {t('actions')}
                  </span>,
                ]
              : []),
          ]}
        >
          {list.data.map((m) => (
            <tr key={m.userId} className="hover:bg-slate-50">
              <td className="px-4 py-3 font-medium text-slate-900">
                {m.name}
                {m.userId === myId ? (
                  <span className="ml-2 text-xs font-normal text-slate-500">{t('you')}</span>
                ) : null}
              </td>
              <td className="px-4 py-3 text-slate-600">{m.email}</td>
              <td className="px-4 py-3">
                {isOwner ? (
                  <select
                    aria-label={t('roleFor', { name: m.name })}
                    value={m.role}
                    disabled={updateRole.isPending}
                    onChange={(e) =>
                      updateRole.mutate({ workspaceId, userId: m.userId, role: e.target.value as Role })
                    }
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {tRoles(r)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="text-slate-700">{tRoles(m.role)}</span>
                )}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                {format.dateTime(m.joinedAt, { dateStyle: 'medium' })}
              </td>
              {isOwner ? (
                <td className="px-4 py-3 text-right">
                  <Button
                    variant="ghost"
                    size="sm"
                    className="text-red-700"
                    onClick={() => {
                      remove.reset();
                      setRemoving({ userId: m.userId, name: m.name });
                    }}
                  >
                    {t('remove')}
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {isOwner ? <InvitePanel /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('removeTitle')}
        message={removing ? t('removeMessage', { name: removing.name }) : ''}
        confirmLabel={t('removeConfirm')}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={() => removing && remove.mutate({ workspaceId, userId: removing.userId })}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
