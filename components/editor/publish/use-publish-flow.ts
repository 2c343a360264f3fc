'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';

/**
 * `flow.publish` for the open flow. On success the `flow.get` cache learns the new latest version
 * (the top bar status follows at once) and everything that shows what is live is refetched.
 */
export function usePublishFlow(flowId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspaceId } = useWorkspace();
  return useMutation(
    trpc.flow.publish.mutationOptions({
      onSuccess: (result, input) => {
        const key = trpc.flow.get.queryKey({ workspaceId, flowId });
        queryClient.setQueryData(key, (old) =>
          old
            ? {
                ...old,
                latestVersion: result.number,
                publishedRevision: input.expectedRevision ?? old.publishedRevision,
              }
            : old,
        );
        for (const queryKey of [
          key,
          trpc.flow.list.pathKey(),
          trpc.version.pathKey(),
          trpc.deployment.pathKey(),
          trpc.account.get.pathKey(),
        ])
          void queryClient.invalidateQueries({ queryKey });
      },
    }),
  );
}
