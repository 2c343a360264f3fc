'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { parseFlowDocument } from '@/core';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { useEditorStoreApi } from '../store/editor-store-context';

/**
 * Loads the server's current draft into the editor (after a publish found a newer revision). Only
 * offered once the editor's own draft was saved, so nothing of the operator's is lost.
 */
export function useReloadDraft(flowId: string): () => Promise<void> {
  const store = useEditorStoreApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspaceId } = useWorkspace();
  return useCallback(async () => {
    const flow = await queryClient.fetchQuery({
      ...trpc.flow.get.queryOptions({ workspaceId, flowId }),
      staleTime: 0,
    });
    const parsed = parseFlowDocument(flow.draft);
    if (!parsed.ok) throw new Error('The stored draft is not a valid flow document.');
    store
      .getState()
      .load({ doc: parsed.document, revision: flow.revision, readOnly: store.getState().readOnly });
  }, [store, trpc, queryClient, workspaceId, flowId]);
}
