'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { ChannelCard } from './channel-card';
import { toChannelSummary, type ChannelSummary } from './channel-summary';
import { CreateChannelDialog } from './create-channel-dialog';
import { SecretDialog } from './secret-dialog';
import { usePublicOrigin } from './use-public-origin';
import { wechatServerErrors } from './wechat-server-errors';

type Pending = { kind: 'create' } | { kind: 'rotate' | 'delete'; channel: ChannelSummary } | null;

export interface ChannelsSectionProps {
  accountId: string;
  /** Archived accounts keep their channels but get no new ones. */
  archived: boolean;
  /** The configured public URL's origin, if any (see usePublicOrigin). */
  publicOrigin: string | null;
}

/** An account's channels: everyone reads them; editors add and toggle; owners rotate secrets and delete. */
export function ChannelsSection({ accountId, archived, publicOrigin }: ChannelsSectionProps) {
  const t = useTranslations('channels');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const origin = usePublicOrigin(publicOrigin);
  const [dialog, setDialog] = useState<Pending>(null);
  const [issued, setIssued] = useState<{ channelName: string; secret: string } | null>(null);
  // While a WeChat channel waits for WeChat's URL check, look again every 5 s: the operator is in the
  // WeChat backend saving the server settings, and the card turns to "Verified" on its own.
  const list = useQuery(
    trpc.channel.list.queryOptions(
      { workspaceId, accountId },
      {
        refetchInterval: (query) =>
          query.state.data?.some((c) => (c.type === 'wechat_mp' || c.type === 'wecom') && !c.verifiedAt)
            ? 5000
            : false,
      },
    ),
  );

  // The channel list and the accounts' channel counts.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.channel.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.account.list.queryKey() }),
    ]);
  const create = useMutation(
    trpc.channel.create.mutationOptions({
      onSuccess: async (created, input) => {
        await refresh();
        setDialog(null);
        if (created.secret) setIssued({ channelName: input.name, secret: created.secret });
      },
    }),
  );
  const rotate = useMutation(
    trpc.channel.rotateSecret.mutationOptions({
      onSuccess: async (rotated) => {
        const name = dialog?.kind === 'rotate' ? dialog.channel.name : '';
        await refresh();
        setDialog(null);
        setIssued({ channelName: name, secret: rotated.secret });
      },
    }),
  );
  const remove = useMutation(
    trpc.channel.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setDialog(null);
      },
    }),
  );

  const open = (next: Pending) => {
    create.reset();
    rotate.reset();
    remove.reset();
    setDialog(next);
  };
  const addButton =
    canEdit && !archived ? <Button onClick={() => open({ kind: 'create' })}>{t('add')}</Button> : null;
  const channels = (list.data ?? []).map(toChannelSummary);
  const target = dialog && dialog.kind !== 'create' ? dialog.channel : null;

  return (
    <section aria-labelledby="channels-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 id="channels-heading" className="text-lg font-semibold text-slate-900">
            {t('title')}
          </h2>
          <p className="mt-1 text-sm text-slate-500">{t('subtitle')}</p>
        </div>
        {addButton}
      </div>
      {archived ? <Alert tone="info">{t('accountArchived')}</Alert> : null}
      <RefreshFailed query={list} />
      {!hasData(list) ? (
        <QueryStatus query={list} />
      ) : channels.length === 0 ? (
        <EmptyState title={t('emptyTitle')} description={t('emptyDescription')} action={addButton} />
      ) : (
        channels.map((channel) => (
          <ChannelCard
            key={channel.id}
            channel={channel}
            origin={origin}
            logHref={`/w/${workspaceId}/accounts/${accountId}/channels/${channel.id}`}
            onRotate={() => open({ kind: 'rotate', channel })}
            onDelete={() => open({ kind: 'delete', channel })}
          />
        ))
      )}

      <CreateChannelDialog
        open={dialog?.kind === 'create'}
        pending={create.isPending}
        error={create.error ? errorMessage(create.error) : null}
        fieldErrors={create.error ? wechatServerErrors(create.error) : undefined}
        onSubmit={(values) => create.mutate({ workspaceId, accountId, ...values })}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog?.kind === 'rotate'}
        title={t('rotateTitle')}
        message={target ? t('rotateMessage', { name: target.name }) : ''}
        confirmLabel={t('rotateConfirm')}
        pending={rotate.isPending}
        error={rotate.error ? errorMessage(rotate.error) : null}
        onConfirm={() => target && rotate.mutate({ workspaceId, channelId: target.id })}
        onCancel={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={t('deleteTitle')}
        message={target ? t('deleteMessage', { name: target.name }) : ''}
        confirmLabel={t('deleteConfirm')}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={() => target && remove.mutate({ workspaceId, channelId: target.id })}
        onCancel={() => setDialog(null)}
      />
      <SecretDialog issued={issued} onClose={() => setIssued(null)} />
    </section>
  );
}
