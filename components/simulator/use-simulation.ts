'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useEditorStoreApi } from '@/components/editor/store/editor-store-context';
import { useTRPC } from '@/components/lib/trpc';
import { useWorkspace } from '@/components/shell/workspace-context';
import type { SimulationAction, SimulationSetup } from '@/core';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { readSimulationError } from './read-simulation-error';

/** What `simulator.get` / `reset` / `act` / `replay` answer. */
export interface SimulationResult {
  simulation: Simulation;
  revision: number;
  accountId: string | null;
}

export type SimulationSetupInput = Partial<SimulationSetup>;

/**
 * The caller's simulation of a flow. `act` runs an action against the editor's current document
 * (unsaved edits included) at the revision shown, and resolves to whether it applied, so callers
 * keep what the tester typed when it did not. The answer replaces the cached `simulator.get` data.
 * When there is no simulation yet, one is started with the default setup. A SIMULATION_CONFLICT
 * (another tab moved on) refetches; the error stays until the next success.
 */
export function useSimulation(flowId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const store = useEditorStoreApi();
  const { workspaceId } = useWorkspace();
  const input = { workspaceId, flowId };
  const queryKey = trpc.simulator.get.queryKey(input);
  const query = useQuery(trpc.simulator.get.queryOptions(input));
  const [error, setError] = useState<unknown>(null);

  const adopt = (result: SimulationResult) => {
    void queryClient.cancelQueries({ queryKey });
    queryClient.setQueryData(queryKey, result);
    setError(null);
  };
  const fail = (failure: unknown) => {
    setError(failure);
    if (readSimulationError(failure).kind === 'conflict') void queryClient.invalidateQueries({ queryKey });
  };

  const actMutation = useMutation(trpc.simulator.act.mutationOptions({ onSuccess: adopt, onError: fail }));
  const resetMutation = useMutation(
    trpc.simulator.reset.mutationOptions({ onSuccess: adopt, onError: fail }),
  );

  const act = async (action: SimulationAction): Promise<boolean> => {
    const revision = query.data?.revision;
    if (revision === undefined || actMutation.isPending) return false;
    try {
      await actMutation.mutateAsync({
        workspaceId,
        flowId,
        action,
        document: store.getState().doc,
        expectedRevision: revision,
      });
      return true;
    } catch {
      return false;
    }
  };

  const reset = async (setup: SimulationSetupInput, accountId: string | null): Promise<boolean> => {
    try {
      await resetMutation.mutateAsync({ workspaceId, flowId, setup, accountId });
      return true;
    } catch {
      return false;
    }
  };

  // No simulation yet (first open): start one with the defaults, once.
  const started = useRef(false);
  const { isSuccess, data } = query;
  useEffect(() => {
    if (!isSuccess || data !== null || started.current) return;
    started.current = true;
    resetMutation.mutate({ workspaceId, flowId, setup: {}, accountId: null });
  }, [isSuccess, data, resetMutation, workspaceId, flowId]);

  return {
    simulation: query.data?.simulation ?? null,
    revision: query.data?.revision ?? null,
    accountId: query.data?.accountId ?? null,
    /** Loading the simulation failed (shown instead of the panel body). */
    loadError: query.error,
    pending: actMutation.isPending || resetMutation.isPending,
    /** The last failed act or reset, until the next success. */
    error,
    clearError: () => setError(null),
    act,
    reset,
    /** Puts a result from elsewhere (a replayed test case) in place. */
    adopt,
  };
}
