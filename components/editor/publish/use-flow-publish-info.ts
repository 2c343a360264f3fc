'use client';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import { loadOnce } from '../load-once';

/**
 * The open flow's latest version and the draft revision it came from, read from the same `flow.get`
 * cache entry the editor loaded from (the publish dialog updates it after publishing).
 */
export function useFlowPublishInfo(flowId: string): {
  latestVersion: number | null;
  publishedRevision: number | null;
} | null {
  const trpc = useTRPC();
  const { workspaceId } = useWorkspace();
  return (
    useQuery({
      ...trpc.flow.get.queryOptions({ workspaceId, flowId }),
      ...loadOnce,
      select: (flow) => ({ latestVersion: flow.latestVersion, publishedRevision: flow.publishedRevision }),
    }).data ?? null
  );
}
