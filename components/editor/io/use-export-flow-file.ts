'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useEditorStoreApi } from '@/components/editor/store/editor-store-context';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { downloadFile } from './download-file';
import { exportFlowFile } from './export-flow-file';

/**
 * The toolbar's Export: downloads the editor's current document together with the flow's test
 * cases (fetched fresh from `testCase.exportAll`). If the test cases cannot be fetched nothing is
 * downloaded and `error` says why (a file silently missing its tests would be worse).
 */
export function useExportFlowFile(flowId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const store = useEditorStoreApi();
  const { workspaceId } = useWorkspace();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const exportFlow = useCallback(
    async (name: string) => {
      setPending(true);
      setError(null);
      try {
        const tests = await queryClient.fetchQuery({
          ...trpc.testCase.exportAll.queryOptions({ workspaceId, flowId }),
          staleTime: 0,
        });
        downloadFile(exportFlowFile({ name, document: store.getState().doc, tests }));
      } catch (cause) {
        setError(cause);
      } finally {
        setPending(false);
      }
    },
    [queryClient, trpc, store, workspaceId, flowId],
  );
  return { exportFlow, pending, error, clearError: () => setError(null) };
}
