'use client';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { FlowCanvas } from './flow-canvas';

/** The editor route: top bar (back, name, saved revision) over a full-height canvas. */
export function FlowEditorView({ flowId }: { flowId: string }) {
  const t = useTranslations('editor');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const errorMessage = useErrorMessage();
  const flow = useQuery(trpc.flow.get.queryOptions({ workspaceId, flowId }));
  const backHref = `/w/${workspaceId}/flows`;

  if (flow.error) {
    const code = (flow.error as { data?: { appCode?: string | null; httpStatus?: number } }).data;
    const missing = code?.appCode === 'FLOW_NOT_FOUND' || code?.httpStatus === 400;
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        {missing ? (
          <EmptyState
            title={t('notFoundTitle')}
            description={t('notFoundDescription')}
            action={
              <Link href={backHref} className="font-medium text-brand-700 hover:underline">
                {t('backToFlows')}
              </Link>
            }
          />
        ) : (
          <Alert>{errorMessage(flow.error)}</Alert>
        )}
      </div>
    );
  }

  return (
    <div className="flex h-full min-h-[480px] flex-col">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-3">
        <Link
          href={backHref}
          className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          ← {t('backToFlows')}
        </Link>
        <h1 className="min-w-0 flex-1 truncate text-base font-semibold text-slate-900">
          {flow.data?.name ?? t('loading')}
        </h1>
        {flow.data ? (
          <p className="text-xs text-slate-500" role="status">
            {t('saved', {
              revision: flow.data.revision,
              when: format.relativeTime(flow.data.updatedAt, now),
            })}
            {canEdit ? null : ` · ${t('readOnly')}`}
          </p>
        ) : null}
      </header>
      <div className="min-h-0 flex-1">{flow.data ? <FlowCanvas draft={flow.data.draft} /> : null}</div>
    </div>
  );
}
