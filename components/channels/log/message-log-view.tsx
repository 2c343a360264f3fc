'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { LogFilterTabs } from './log-filter';
import { LogTable } from './log-table';
import { StatusCountsLine } from './status-counts';
import { UnhandledSection } from './unhandled-section';
import { useDeliveryLog, type LogFilter } from './use-delivery-log';

export interface MessageLogViewProps {
  accountId: string;
  channelId: string;
}

/**
 * A channel's message log: what came in and went out, newest first, with each reply's delivery
 * state; refreshed every few seconds. Editors send failed messages again.
 */
export function MessageLogView({ accountId, channelId }: MessageLogViewProps) {
  const t = useTranslations('channelLog');
  const tChannels = useTranslations('channels');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<LogFilter>('all');
  const channels = useQuery(trpc.channel.list.queryOptions({ workspaceId, accountId }, { retry: false }));
  const channel = channels.data?.find((c) => c.id === channelId);
  // `?contact=` narrows the log to one contact (each row's contact links there).
  const contact = useSearchParams().get('contact') || null;
  const pathname = usePathname();
  const log = useDeliveryLog({ workspaceId, channelId, filter, contact });
  const pages = log.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const counts = pages[0]?.counts ?? null;
  const backHref = `/w/${workspaceId}/accounts/${accountId}?tab=channels`;

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-5 px-4 py-8 md:px-8">
      <Link
        href={backHref}
        className="inline-flex text-sm text-slate-600 hover:text-brand-700 hover:underline"
      >
        ← {t('back')}
      </Link>
      <RefreshFailed query={channels} />
      {!hasData(channels) ? (
        <QueryStatus query={channels} />
      ) : !channel ? (
        <EmptyState title={t('channelNotFound')} description={tChannels('accountNotFoundDescription')} />
      ) : (
        <>
          <header className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
                {t('title', { name: channel.name })}
              </h1>
              <p className="mt-1 flex items-center gap-2 text-sm text-slate-500">
                <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
                  {tChannels(`types.${channel.type}`)}
                </span>
                {t('subtitle')}
              </p>
            </div>
            <LogFilterTabs
              value={filter}
              onChange={setFilter}
              attentionCount={counts ? counts.pending + counts.failed + counts.dead + counts.blocked : null}
            />
          </header>
          {counts ? <StatusCountsLine counts={counts} /> : null}
          {contact ? (
            <div
              role="status"
              className="flex flex-wrap items-center gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700"
            >
              <span>{t('contactFilter', { contact })}</span>
              <Link href={pathname} className="font-medium text-brand-700 hover:underline">
                {t('allContacts')}
              </Link>
            </div>
          ) : null}
          <RefreshFailed query={log} />
          {!hasData(log) ? (
            <QueryStatus query={log} />
          ) : items.length === 0 ? (
            <EmptyState
              title={filter === 'all' ? t('emptyTitle') : t('emptyAttentionTitle')}
              description={filter === 'all' ? t('emptyDescription') : t('emptyAttentionDescription')}
            />
          ) : (
            <>
              <LogTable workspaceId={workspaceId} channelId={channelId} items={items} canRetry={canEdit} />
              {log.hasNextPage ? (
                <div className="flex justify-center">
                  <Button
                    variant="secondary"
                    onClick={() => void log.fetchNextPage()}
                    disabled={log.isFetchingNextPage}
                  >
                    {log.isFetchingNextPage ? t('loadingOlder') : t('loadOlder')}
                  </Button>
                </div>
              ) : null}
            </>
          )}
          <UnhandledSection workspaceId={workspaceId} channelId={channelId} />
        </>
      )}
    </div>
  );
}
