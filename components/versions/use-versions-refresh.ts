'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '@/components/lib/trpc';

/** Refreshes everything a deploy, rollback, unpublish or restore can change. */
export function useVersionsRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.version.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.flow.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.deployment.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() }),
    ]);
  }, [queryClient, trpc]);
}
