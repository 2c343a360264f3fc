'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';

/**
 * The test case mutations of one flow. Every one that changes the stored test cases refreshes the
 * flow's list (`testCase.*` queries); `runAll` and `replay` change none.
 */
export function useTestCaseActions(flowId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspaceId } = useWorkspace();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.testCase.pathKey() });
  const changes = { onSuccess: refresh };
  const ids = { workspaceId, flowId };
  return {
    ids,
    create: useMutation(trpc.testCase.createFromSimulation.mutationOptions(changes)),
    rename: useMutation(trpc.testCase.rename.mutationOptions(changes)),
    remove: useMutation(trpc.testCase.delete.mutationOptions(changes)),
    accept: useMutation(trpc.testCase.acceptActual.mutationOptions(changes)),
    replay: useMutation(trpc.simulator.replay.mutationOptions()),
    runAll: useMutation(trpc.testCase.runAll.mutationOptions()),
  };
}
