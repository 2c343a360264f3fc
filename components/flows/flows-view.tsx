'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type FlowDocument, type TestCase } from '@/core';
import { ImportFlowDialog } from '@/components/editor/io/import-flow-dialog';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { ErrorBanner } from '@/components/ui/error-banner';
import { hasData, QueryStatus, RefreshFailed } from '@/components/ui/query-status';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { FlowFormDialog } from './flow-form-dialog';
import { FlowRow, type FlowSummary } from './flow-row';
import { TemplatePickerDialog } from './template-picker-dialog';

type Pending =
  { kind: 'create' | 'import' | 'template' } | { kind: 'rename' | 'delete'; flow: FlowSummary } | null;

/**
 * The workspace's flows: list for everyone; create (blank, from a file or from a template), rename,
 * duplicate and delete for editors. A flow created from a file or a template opens in the editor.
 */
export function FlowsView() {
  const t = useTranslations('flows');
  const { workspaceId, canEdit } = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [dialog, setDialog] = useState<Pending>(null);
  const list = useQuery(trpc.flow.list.queryOptions({ workspaceId }));

  // The whole flow router: the list and any open flow (a renamed flow shows its new name everywhere).
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.flow.pathKey() });
  const done = async () => {
    await refresh();
    setDialog(null);
  };
  const create = useMutation(trpc.flow.create.mutationOptions({ onSuccess: done }));
  const rename = useMutation(trpc.flow.rename.mutationOptions({ onSuccess: done }));
  const remove = useMutation(trpc.flow.delete.mutationOptions({ onSuccess: done }));
  const duplicate = useMutation(trpc.flow.duplicate.mutationOptions({ onSuccess: refresh }));

  const open = (next: Pending) => {
    create.reset();
    rename.reset();
    remove.reset();
    setDialog(next);
  };
  const createAndOpen = (name: string, draft: FlowDocument, tests: TestCase[] = []) =>
    create.mutate(
      { workspaceId, name: name.slice(0, 80), draft, tests },
      { onSuccess: (flow) => router.push(`/w/${workspaceId}/flows/${flow.id}`) },
    );
  const newFlowButton = canEdit ? (
    <>
      <Button variant="secondary" onClick={() => open({ kind: 'import' })}>
        {t('import.button')}
      </Button>
      <Button variant="secondary" onClick={() => open({ kind: 'template' })}>
        {t('templates.button')}
      </Button>
      <Button onClick={() => open({ kind: 'create' })}>{t('new')}</Button>
    </>
  ) : null;
  const flows = list.data ?? [];

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 md:px-8">
      <PageHeader title={t('title')} description={t('subtitle')} actions={newFlowButton} />
      <ErrorBanner error={duplicate.error} />
      <RefreshFailed query={list} />
      {!hasData(list) ? (
        <QueryStatus query={list} />
      ) : flows.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          description={canEdit ? t('emptyDescription') : t('emptyDescriptionViewer')}
          action={
            canEdit ? <Button onClick={() => open({ kind: 'create' })}>{t('createFirst')}</Button> : null
          }
        />
      ) : (
        <DataTable
          columns={[
            t('name'),
            t('updated'),
            t('updatedBy'),
            ...(canEdit
              ? [
                  <span key="a" className="sr-only">
                    {t('actions')}
                  </span>,
                ]
              : []),
          ]}
        >
          {flows.map((flow) => (
            <FlowRow
              key={flow.id}
              flow={flow}
              href={`/w/${workspaceId}/flows/${flow.id}`}
              canEdit={canEdit}
              busy={duplicate.isPending}
              onRename={() => open({ kind: 'rename', flow })}
              onDuplicate={() => duplicate.mutate({ workspaceId, flowId: flow.id })}
              onDelete={() => open({ kind: 'delete', flow })}
            />
          ))}
        </DataTable>
      )}

      <FlowFormDialog
        open={dialog?.kind === 'create'}
        title={t('createTitle')}
        submitLabel={create.isPending ? t('creating') : t('create')}
        withDescription
        pending={create.isPending}
        error={create.error ? errorMessage(create.error) : null}
        onSubmit={(values) => create.mutate({ workspaceId, ...values })}
        onClose={() => setDialog(null)}
      />
      <ImportFlowDialog
        open={dialog?.kind === 'import'}
        mode="create"
        pending={create.isPending}
        error={create.error ? errorMessage(create.error) : null}
        onImported={(draft, name, tests) => createAndOpen(name, draft, tests)}
        onClose={() => setDialog(null)}
      />
      <TemplatePickerDialog
        open={dialog?.kind === 'template'}
        pending={create.isPending}
        error={create.error ? errorMessage(create.error) : null}
        onCreate={(template, name) => createAndOpen(name, template.document)}
        onClose={() => setDialog(null)}
      />
      <FlowFormDialog
        open={dialog?.kind === 'rename'}
        title={t('renameTitle')}
        submitLabel={rename.isPending ? t('saving') : t('save')}
        withDescription={false}
        initialName={dialog?.kind === 'rename' ? dialog.flow.name : ''}
        pending={rename.isPending}
        error={rename.error ? errorMessage(rename.error) : null}
        onSubmit={({ name }) =>
          dialog?.kind === 'rename' && rename.mutate({ workspaceId, flowId: dialog.flow.id, name })
        }
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={t('deleteTitle')}
        message={dialog?.kind === 'delete' ? t('deleteMessage', { name: dialog.flow.name }) : ''}
        confirmLabel={remove.isPending ? t('deleting') : t('deleteConfirm')}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={() => dialog?.kind === 'delete' && remove.mutate({ workspaceId, flowId: dialog.flow.id })}
        onCancel={() => setDialog(null)}
      />
    </div>
  );
}
