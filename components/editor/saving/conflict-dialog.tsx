'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { parseFlowDocument } from '@/core';
import { useErrorMessage } from '@/components/lib/use-error-message';
import { useTRPC, useTRPCClient } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useEditorStore, useEditorStoreApi } from '../store/editor-store-context';

type Choice = 'reload' | 'overwrite' | 'copy';

export interface ConflictDialogProps {
  flowId: string;
  /** The copy is named "<flowName> (my copy)". */
  flowName: string;
  /** Sends the draft now: `useAutosave().saveNow`. */
  onSaveNow: () => void;
}

/**
 * Opens while the store is in conflict (someone saved revision N meanwhile) and resolves it: reload
 * theirs, overwrite with mine (`onSaveNow` is `useAutosave().saveNow`), or save mine as a new flow
 * and open it (this tab then shows theirs). It cannot be dismissed without a choice.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const t = useTranslations('editorSave.conflict');
  const revision = useEditorStore((state) =>
    state.saveStatus === 'conflict' ? state.conflictRevision : null,
  );
  return (
    <Dialog
      open={revision !== null}
      onClose={() => {}}
      title={t('title')}
      description={t('message', { revision: revision ?? 0 })}
    >
      <div data-testid="conflict-dialog">
        {revision !== null ? <ConflictChoices {...props} revision={revision} /> : null}
      </div>
    </Dialog>
  );
}

function ConflictChoices({
  flowId,
  flowName,
  revision,
  onSaveNow,
}: ConflictDialogProps & { revision: number }) {
  const t = useTranslations('editorSave.conflict');
  const store = useEditorStoreApi();
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { reload: useId(), overwrite: useId(), copy: useId() };

  /** The server's current draft, fetched fresh (not from the cache). */
  const fetchTheirs = async () => {
    const flow = await queryClient.fetchQuery({
      ...trpc.flow.get.queryOptions({ workspaceId, flowId }),
      staleTime: 0,
    });
    const parsed = parseFlowDocument(flow.draft);
    if (!parsed.ok) throw new Error('The stored draft is not a valid flow document.');
    return { doc: parsed.document, revision: flow.revision };
  };
  const loadTheirs = (theirs: Awaited<ReturnType<typeof fetchTheirs>>) =>
    store
      .getState()
      .load({ doc: theirs.doc, revision: theirs.revision, readOnly: store.getState().readOnly });

  const run = async (choice: Choice, action: () => Promise<void> | void) => {
    setBusy(choice);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy(null);
    }
  };

  const reload = () => run('reload', async () => loadTheirs(await fetchTheirs()));
  const overwrite = () =>
    run('overwrite', () => {
      store.getState().adoptRevision(revision);
      onSaveNow();
    });
  const copy = () =>
    run('copy', async () => {
      const mine = store.getState().doc;
      const theirs = await fetchTheirs();
      const created = await client.flow.create.mutate({
        workspaceId,
        name: t('copyName', { name: flowName }).slice(0, 80),
        draft: mine,
      });
      loadTheirs(theirs);
      void queryClient.invalidateQueries({ queryKey: trpc.flow.list.queryKey({ workspaceId }) });
      router.push(`/w/${workspaceId}/flows/${created.id}`);
    });

  const options: {
    choice: Choice;
    label: string;
    hint: string;
    variant: 'primary' | 'secondary';
    act: () => void;
  }[] = [
    {
      choice: 'reload',
      label: t('reload'),
      hint: t('reloadHint', { revision }),
      variant: 'secondary',
      act: reload,
    },
    {
      choice: 'overwrite',
      label: t('overwrite'),
      hint: t('overwriteHint', { revision }),
      variant: 'secondary',
      act: overwrite,
    },
    { choice: 'copy', label: t('copy'), hint: t('copyHint', { revision }), variant: 'primary', act: copy },
  ];

  return (
    <div className="flex flex-col gap-4">
      {error ? <Alert>{error}</Alert> : null}
      <ul className="flex flex-col gap-3">
        {options.map((option) => (
          <li key={option.choice} className="flex flex-col gap-1">
            <Button
              variant={option.variant}
              onClick={option.act}
              disabled={busy !== null}
              aria-describedby={ids[option.choice]}
              className="justify-start"
            >
              {busy === option.choice ? t('working') : option.label}
            </Button>
            <p id={ids[option.choice]} className="text-xs text-slate-600">
              {option.hint}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
