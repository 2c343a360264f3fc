'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/error-banner';
import type { ChannelSummary } from './channel-summary';
import { EnabledSwitch } from './enabled-switch';
import { WebchatDetails } from './webchat-details';
import { WeChatDetails } from './wechat-details';
import { WebhookDetails } from './webhook-details';

export interface ChannelCardProps {
  channel: ChannelSummary;
  origin: string;
  /** The channel's message log page. */
  logHref: string;
  onRotate: () => void;
  onDelete: () => void;
}

/** One channel: its type, name and state, and what someone installing it needs to copy. */
export function ChannelCard({ channel, origin, logHref, onRotate, onDelete }: ChannelCardProps) {
  const t = useTranslations('channels');
  const format = useFormatter();
  const headingId = useId();
  const { workspaceId, canEdit, isOwner } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toggle = useMutation(
    trpc.channel.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.channel.list.queryKey() }),
    }),
  );

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-100 px-4 py-3">
        <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
          {t(`types.${channel.type}`)}
        </span>
        <h3 id={headingId} className="font-semibold text-slate-900">
          {channel.name}
        </h3>
        <span className="text-xs text-slate-500">
          {t('added', { date: format.dateTime(channel.createdAt, { dateStyle: 'medium' }) })}
        </span>
        <div className="ml-auto flex items-center gap-2">
          <Link
            href={logHref}
            className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-slate-50 hover:underline"
          >
            {t('messageLog')}
          </Link>
          <EnabledSwitch
            enabled={channel.enabled}
            canEdit={canEdit}
            pending={toggle.isPending}
            onChange={(enabled) => toggle.mutate({ workspaceId, channelId: channel.id, enabled })}
          />
          {isOwner ? (
            <Button variant="ghost" size="sm" className="text-red-700" onClick={onDelete}>
              {t('delete')}
            </Button>
          ) : null}
        </div>
      </header>
      <div className="flex flex-col gap-4 p-4">
        <ErrorBanner error={toggle.error} />
        {!channel.enabled ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{t('disabledHint')}</p>
        ) : null}
        {channel.type === 'webchat' ? (
          <WebchatDetails origin={origin} publicKey={channel.publicKey} />
        ) : channel.type === 'webhook' ? (
          <WebhookDetails origin={origin} channel={channel} canRotate={isOwner} onRotate={onRotate} />
        ) : (channel.type === 'wechat_mp' || channel.type === 'wecom') && channel.wechat ? (
          <WeChatDetails
            origin={origin}
            channel={{ ...channel, type: channel.type, wechat: channel.wechat }}
            canEditSettings={isOwner}
          />
        ) : null}
      </div>
    </section>
  );
}
