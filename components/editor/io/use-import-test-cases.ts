'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TestCase } from '@/core';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';

/**
 * Adds a flow file's test cases to a flow (`testCase.importMany`: one with an existing name replaces
 * it). Call it after the document itself was imported; `imported` is the count once done.
 */
export function useImportTestCases() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspaceId } = useWorkspace();
  const mutation = useMutation(
    trpc.testCase.importMany.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.testCase.pathKey() }),
    }),
  );
  return {
    importTests: (flowId: string, tests: TestCase[]) => mutation.mutate({ workspaceId, flowId, tests }),
    pending: mutation.isPending,
    imported: mutation.data?.imported ?? null,
    error: mutation.error,
    dismiss: mutation.reset,
  };
}
