'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLocale, useNow, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryStatus } from '@/components/ui/query-status';
import { SelectField } from '@/components/ui/select-field';
import { type AuditCategory, auditCategories } from '@/server/audit/audit-actions';
import { AuditRow } from './audit-row';
import { describeAuditEntry } from './describe-audit-entry';
import { useAuditNames } from './use-audit-names';

const pageSize = 50;

/** Owners only: who published, rolled back, changed credentials or members, and when, newest first. */
export function AuditView() {
  const t = useTranslations('audit');
  const tAll = useTranslations();
  const locale = useLocale();
  const now = useNow({ updateInterval: 30_000 });
  const { workspaceId, isOwner } = useWorkspace();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const [category, setCategory] = useState<AuditCategory>('all');
  const list = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(
      { workspaceId, category, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor },
    ),
    enabled: isOwner,
  });
  const entries = useMemo(() => list.data?.pages.flatMap((p) => p.entries) ?? [], [list.data]);
  const names = useAuditNames({ workspaceId, entries });
  const forbidden =
    !isOwner || (list.error?.data as { appCode?: string } | undefined)?.appCode === 'ROLE_REQUIRED';

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 md:px-8">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          forbidden ? null : (
            <SelectField
              label={t('show')}
              value={category}
              onChange={(e) => setCategory(e.target.value as AuditCategory)}
              options={auditCategories.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
            />
          )
        }
      />
      {forbidden ? (
        <EmptyState title={t('ownersOnly')} description={t('ownersOnlyDescription')} />
      ) : !list.data ? (
        <QueryStatus query={list} />
      ) : entries.length === 0 ? (
        <EmptyState title={t('empty')} description={t('emptyDescription')} />
      ) : (
        <>
          <DataTable
            label={t('table')}
            wide
            columns={[
              t('when'),
              t('who'),
              t('what'),
              <span key="details" className="sr-only">
                {t('details')}
              </span>,
            ]}
          >
            {entries.map((e) => (
              <AuditRow
                key={e.id}
                createdAt={e.createdAt}
                now={now}
                actorName={e.actorName}
                actorEmail={e.actorEmail}
                sentence={describeAuditEntry({ entry: e, t: tAll, locale, names })}
                note={typeof e.details?.note === 'string' && e.details.note.trim() ? e.details.note : null}
                details={e.details}
              />
            ))}
          </DataTable>
          {list.isFetchNextPageError ? (
            <div className="mt-4">
              <Alert>{errorMessage(list.error)}</Alert>
            </div>
          ) : null}
          {list.hasNextPage ? (
            <div className="mt-4 flex justify-center">
              <Button
                variant="secondary"
                disabled={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {list.isFetchingNextPage ? t('loadingMore') : t('loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
