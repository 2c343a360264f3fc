'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '@/components/lib/trpc';

export type LogFilter = 'all' | 'attention';

/** How often the open log asks for new messages and delivery changes. */
const REFRESH_MS = 5000;

/**
 * A channel's message log, newest first, 50 at a time: "load older" adds a page before the last one.
 * Every 5 seconds the loaded pages are fetched again, from the newest (react-query recomputes each
 * older page's cursor from the page above it, so new messages never duplicate rows).
 */
export function useDeliveryLog(options: {
  workspaceId: string;
  channelId: string;
  filter: LogFilter;
  /** Only one contact's messages (its external id). */
  contact: string | null;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { workspaceId, channelId, filter, contact } = options;
  return useInfiniteQuery({
    queryKey: [...trpc.delivery.list.pathKey(), { workspaceId, channelId, filter, contact }],
    queryFn: ({ pageParam }) =>
      client.delivery.list.query({
        workspaceId,
        channelId,
        filter,
        ...(contact ? { contact } : {}),
        ...(pageParam !== null ? { before: pageParam } : {}),
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
    refetchInterval: REFRESH_MS,
  });
}
