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

  // One action or reset at a time: a second click before the first answers would name the same
  // revision and come back as a false "changed in another tab".
  const busy = useRef(false);
  const exclusive = async (work: () => Promise<unknown>): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    try {
      await work();
      return true;
    } catch {
      return false;
    } finally {
      busy.current = false;
    }
  };

  const act = (action: SimulationAction): Promise<boolean> => {
    const revision = query.data?.revision;
    if (revision === undefined) return Promise.resolve(false);
    return exclusive(() =>
      actMutation.mutateAsync({
        workspaceId,
        flowId,
        action,
        document: store.getState().doc,
        expectedRevision: revision,
      }),
    );
  };

  const reset = (setup: SimulationSetupInput, accountId: string | null): Promise<boolean> =>
    exclusive(() => resetMutation.mutateAsync({ workspaceId, flowId, setup, accountId }));

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
