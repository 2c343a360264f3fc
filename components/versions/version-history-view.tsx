'use client';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { ComparePicker } from './compare-picker';
import { type CompareSelection, defaultCompare } from './compare-selection';
import { DiffPanel } from './diff-panel';
import { VersionDialogs, type VersionAction } from './version-dialogs';
import { newestLiveNumber } from './deploy-plan';
import { liveByAccount } from './live-by-account';
import { VersionRow } from './version-row';
import { VersionsTable } from './versions-table';

/**
 * A flow's version history: every published version with where it is live, deploy / roll back /
 * unpublish / restore for editors, and a compare between any two versions (or the draft).
 */
export function VersionHistoryView({ flowId }: { flowId: string }) {
  const t = useTranslations('history');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const list = useQuery(trpc.version.list.queryOptions({ workspaceId, flowId }));
  const [action, setAction] = useState<VersionAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [picked, setPicked] = useState<CompareSelection | null>(null);
  const editorHref = `/w/${workspaceId}/flows/${flowId}`;
  const flowsHref = `/w/${workspaceId}/flows`;

  const links = (
    <>
      <Link
        href={flowsHref}
        className="text-sm font-medium text-slate-600 hover:text-slate-900 hover:underline"
      >
        {t('backToFlows')}
      </Link>
      <Link
        href={editorHref}
        className="inline-flex h-10 items-center rounded-md bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        {t('openEditor')}
      </Link>
    </>
  );

  if (!hasData(list)) {
    return (
      <div className="mx-auto max-w-6xl px-4 py-8 md:px-8">
        <PageHeader title={t('title')} actions={links} />
        <QueryStatus query={list} />
      </div>
    );
  }
  const { flow, versions } = list.data;
  const running = liveByAccount(versions);
  const newestLive = newestLiveNumber(versions);
  const selection = picked ?? defaultCompare(versions.map((v) => v.number));
  const open = (next: VersionAction) => {
    setNotice(null);
    setAction(next);
  };

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 md:px-8">
      <PageHeader title={flow.name} description={t('title')} actions={links} />
      <div className="mb-4 empty:hidden">
        <RefreshFailed query={list} />
      </div>
      {notice ? (
        <div className="mb-4">
          <Alert tone="success">{notice}</Alert>
        </div>
      ) : null}
      {versions.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          description={t('emptyDescription')}
          action={
            <Link href={editorHref} className="font-medium text-brand-700 hover:underline">
              {t('openEditor')}
            </Link>
          }
        />
      ) : (
        <div className="flex flex-col gap-8">
          <VersionsTable canEdit={canEdit}>
            {versions.map((version) => (
              <VersionRow
                key={version.id}
                version={version}
                canEdit={canEdit}
                older={newestLive !== null && version.number < newestLive}
                onDeploy={() => open({ kind: 'deploy', version })}
                onRestore={() => open({ kind: 'restore', version })}
                onUnpublish={() => open({ kind: 'unpublish', version })}
              />
            ))}
          </VersionsTable>
          {selection ? (
            <section aria-labelledby="history-compare" className="flex flex-col gap-4">
              <h2 id="history-compare" className="text-lg font-semibold text-slate-900">
                {t('compare.heading')}
              </h2>
              <ComparePicker versions={versions} value={selection} onChange={setPicked} />
              <DiffPanel flowId={flowId} selection={selection} />
            </section>
          ) : null}
        </div>
      )}
      <VersionDialogs
        flowId={flowId}
        revision={flow.revision}
        action={action}
        running={running}
        newestLive={newestLive}
        onClose={() => setAction(null)}
        onDone={(message) => {
          setAction(null);
          setNotice(message);
        }}
      />
    </div>
  );
}
