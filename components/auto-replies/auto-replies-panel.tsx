'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { QueryStatus } from '@/components/ui/query-status';
import { AutoRepliesForm } from './auto-replies-form';

/**
 * An account's auto replies without the canvas (welcome, keyword, default, business hours and
 * off-hours replies), edited as one draft and published with "Save and publish". Viewers and
 * archived accounts see it read-only.
 */
export function AutoRepliesPanel({ accountId, archived }: { accountId: string; archived: boolean }) {
  const t = useTranslations('autoReplies');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const query = useQuery(trpc.autoReply.get.queryOptions({ workspaceId, accountId }));
  const readOnly = !canEdit || archived;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t('intro')}</p>
      {archived ? (
        <Alert tone="info">{t('archived')}</Alert>
      ) : !canEdit ? (
        <Alert tone="info">{t('viewer')}</Alert>
      ) : null}
      {query.data ? (
        <AutoRepliesForm key={accountId} accountId={accountId} data={query.data} readOnly={readOnly} />
      ) : (
        <QueryStatus query={query} />
      )}
    </div>
  );
}
