'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { AutoRepliesPanel } from '@/components/auto-replies/auto-replies-panel';
import { ChannelsSection } from '@/components/channels/channels-section';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { EmptyState } from '@/components/ui/empty-state';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { AccountHeader } from './overview/account-header';
import { AccountTabs } from './overview/account-tabs';
import { LiveFlowsSection } from './overview/live-flows-section';
import { ReplyRulesSection } from './rules/reply-rules-section';
import { AccountSettingsCard } from './settings/account-settings-card';

export interface AccountDetailsViewProps {
  accountId: string;
  /** The configured public URL's origin (channel addresses), or null to use the browser's. */
  publicOrigin: string | null;
}

/** An unknown id, or one that is not an id at all, is "not found" rather than an error. */
function isNotFound(error: unknown): boolean {
  const data = (error as { data?: { appCode?: string | null; code?: string } | null } | null)?.data;
  return data?.appCode === 'ACCOUNT_NOT_FOUND' || data?.code === 'BAD_REQUEST';
}

/**
 * One account: what runs on it (live flows, reply rules), its auto replies, channels and settings,
 * one tab each under its header.
 */
export function AccountDetailsView({ accountId, publicOrigin }: AccountDetailsViewProps) {
  const t = useTranslations('channels');
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const query = useQuery(trpc.account.get.queryOptions({ workspaceId, accountId }, { retry: false }));
  const account = query.data;
  const accountsHref = `/w/${workspaceId}/accounts`;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 md:px-8">
      <Link
        href={accountsHref}
        className="mb-4 inline-flex text-sm text-slate-600 hover:text-brand-700 hover:underline"
      >
        ← {t('back')}
      </Link>
      {!hasData(query) && (query.isPending || !isNotFound(query.error)) ? (
        <QueryStatus query={query} />
      ) : !account || isNotFound(query.error) ? (
        <EmptyState
          title={t('accountNotFound')}
          description={t('accountNotFoundDescription')}
          action={
            <Link href={accountsHref} className="text-sm font-medium text-brand-700 hover:underline">
              {t('back')}
            </Link>
          }
        />
      ) : (
        <>
          <div className="mb-4 empty:hidden">
            <RefreshFailed query={query} />
          </div>
          <AccountHeader account={account} />
          <AccountTabs
            panels={{
              overview: (
                <LiveFlowsSection
                  accountId={account.id}
                  autoRepliesHref={`${accountsHref}/${account.id}?tab=auto-replies`}
                />
              ),
              rules: <ReplyRulesSection accountId={account.id} />,
              'auto-replies': (
                <AutoRepliesPanel accountId={account.id} archived={account.archivedAt !== null} />
              ),
              channels: (
                <ChannelsSection
                  accountId={account.id}
                  archived={account.archivedAt !== null}
                  publicOrigin={publicOrigin}
                />
              ),
              settings: <AccountSettingsCard key={account.id} account={account} />,
            }}
          />
        </>
      )}
    </div>
  );
}
