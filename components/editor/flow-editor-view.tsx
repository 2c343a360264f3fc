'use client';
import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { parseFlowDocument } from '@/core';
import { FlowEditor } from './flow-editor';
import { loadOnce } from './load-once';
import { EditorStoreProvider } from './store/editor-store-context';

/** The editor route: loads the flow once, then hands it to an editor with its own store. */
export function FlowEditorView({ flowId }: { flowId: string }) {
  const t = useTranslations('editor');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  // Loaded once: a background refetch must never replace what the operator is editing.
  const flow = useQuery({
    ...trpc.flow.get.queryOptions({ workspaceId, flowId }),
    ...loadOnce,
  });
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
  if (!flow.data) {
    return (
      <div className="flex h-full items-center justify-center text-sm text-slate-500" role="status">
        {t('loading')}
      </div>
    );
  }
  const parsed = parseFlowDocument(flow.data.draft);
  if (!parsed.ok) {
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        <Alert>
          {t('draftUnreadable', { detail: parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ') })}
        </Alert>
      </div>
    );
  }
  return (
    <EditorStoreProvider
      key={flowId}
      initial={{ doc: parsed.document, revision: flow.data.revision, readOnly: !canEdit }}
    >
      <ReactFlowProvider>
        <FlowEditor flow={flow.data} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
