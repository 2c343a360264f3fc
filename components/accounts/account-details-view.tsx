'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { ChannelsSection } from '@/components/channels/channels-section';
import { AccountSettingsCard } from './settings/account-settings-card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryStatus } from '@/components/ui/query-status';

export interface AccountDetailsViewProps {
  accountId: string;
  /** The configured public URL's origin (channel addresses), or null to use the browser's. */
  publicOrigin: string | null;
}

/** One account: its identity in the header, its channels below, then its settings. */
export function AccountDetailsView({ accountId, publicOrigin }: AccountDetailsViewProps) {
  const t = useTranslations('channels');
  const tAccounts = useTranslations('accounts');
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  // The accounts list is small and already cached from the accounts page; archived ones open too.
  const list = useQuery(trpc.account.list.queryOptions({ workspaceId, includeArchived: true }));
  const account = list.data?.find((a) => a.id === accountId);
  const accountsHref = `/w/${workspaceId}/accounts`;

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 md:px-8">
      <Link
        href={accountsHref}
        className="mb-4 inline-flex text-sm text-slate-600 hover:text-brand-700 hover:underline"
      >
        ← {t('back')}
      </Link>
      {list.isPending || list.error ? (
        <QueryStatus query={list} />
      ) : !account ? (
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
          <PageHeader
            title={account.name}
            description={t('accountSummary', {
              type: tAccounts(`types.${account.type}`),
              timezone: account.timezone,
            })}
            actions={
              account.archivedAt ? (
                <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800">
                  {tAccounts('archived')}
                </span>
              ) : null
            }
          />
          <ChannelsSection
            accountId={account.id}
            archived={account.archivedAt !== null}
            publicOrigin={publicOrigin}
          />
          <div className="mt-10">
            <AccountSettingsCard key={account.id} account={account} />
          </div>
        </>
      )}
    </div>
  );
}
