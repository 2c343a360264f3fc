import { isTRPCClientError } from '@trpc/client';

/** How a failed draft save is handled: wait for the user, retry quietly, or retry and say so. */
export type SaveFailure =
  { kind: 'conflict'; currentRevision: number } | { kind: 'offline' } | { kind: 'error' };

interface ErrorData {
  appCode?: string | null;
  appDetails?: { currentRevision?: unknown } | null;
}

/**
 * Sorts an error thrown by `flow.saveDraft`. No answer from the server (a tRPC client error without
 * `data`) or a browser that knows it is offline is `offline`; a conflict carries the server's revision;
 * anything else (including a conflict without a usable revision) is `error`.
 */
export function classifySaveError(error: unknown, options: { online: boolean }): SaveFailure {
  const data = (error as { data?: ErrorData | null } | null)?.data;
  if (data?.appCode === 'REVISION_CONFLICT') {
    const revision = data.appDetails?.currentRevision;
    if (typeof revision === 'number' && Number.isInteger(revision) && revision > 0)
      return { kind: 'conflict', currentRevision: revision };
    return { kind: 'error' };
  }
  if (!options.online) return { kind: 'offline' };
  if (isTRPCClientError(error) && !error.data) return { kind: 'offline' };
  return { kind: 'error' };
}
