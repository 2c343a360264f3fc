import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import type { RuntimeRouter } from '@/server/runtime/runtime-router';

/**
 * A plain tRPC client for the runtime API on the lean path (`/rt/trpc`, served without Next and
 * without a session): the chat page never touches the management API or its provider.
 */
export function createRuntimeClient(baseUrl = '') {
  return createTRPCClient<RuntimeRouter>({
    links: [httpBatchLink({ url: `${baseUrl}/rt/trpc`, transformer: superjson })],
  });
}

export type RuntimeClient = ReturnType<typeof createRuntimeClient>;
