/**
 * Query options for the open flow: fetched once, never refetched in the background, because a
 * refetch must never replace what the operator is editing (autosave keeps the cache current).
 */
export const loadOnce = {
  staleTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
} as const;
