'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useTRPC, useTRPCClient } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { useEditorStoreApi } from '../store/editor-store-context';
import { type Autosaver, createAutosaver } from './create-autosaver';

/**
 * Saves the editor's draft to the server (mount once per editor): ~800 ms after the last edit, at
 * once when the page is hidden or closed and when the browser comes back online, with backoff
 * (2 s … 30 s) while saves fail, never two at a time, never while read-only or in conflict. Pending
 * edits are sent when the editor unmounts. `saveNow()` sends without waiting (conflict "overwrite").
 * Keeps the `flow.get` cache at the saved revision, so reopening the flow in this tab starts from it.
 */
export function useAutosave({ flowId }: { flowId: string }): { saveNow: () => void } {
  const store = useEditorStoreApi();
  const { workspaceId } = useWorkspace();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const autosaver = useRef<Autosaver | null>(null);

  useEffect(() => {
    const saver = createAutosaver({
      store,
      saveDraft: (input) => client.flow.saveDraft.mutate({ workspaceId, flowId, ...input }),
      onSaved: ({ revision, updatedAt, doc }) => {
        queryClient.setQueryData(trpc.flow.get.queryKey({ workspaceId, flowId }), (old) =>
          old ? { ...old, draft: doc, revision, updatedAt } : old,
        );
        void queryClient.invalidateQueries({
          queryKey: trpc.flow.list.queryKey({ workspaceId }),
          refetchType: 'none',
        });
      },
    });
    autosaver.current = saver;
    const onOnline = () => saver.trigger('online');
    const onHide = () => saver.trigger('flush');
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saver.trigger('flush');
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      autosaver.current = null;
      saver.dispose();
    };
  }, [store, trpc, client, queryClient, workspaceId, flowId]);

  const saveNow = useCallback(() => autosaver.current?.trigger('flush'), []);
  return { saveNow };
}
