'use client';
import { useEffect } from 'react';
import { useEditorStore, useEditorStoreApi } from '@/components/editor/store/editor-store-context';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { traceOf } from './trace-of';

/**
 * Mirrors the simulation's trace (active node, last step's path) into the editor store, where the
 * canvas draws it. Recomputed when the simulation or the document's edges change; cleared when
 * there is no simulation and when the caller unmounts (the panel closes).
 */
export function useSimulationTraceSync(simulation: Simulation | null | undefined): void {
  const store = useEditorStoreApi();
  const edges = useEditorStore((s) => s.doc.edges);

  useEffect(() => {
    const state = store.getState();
    state.setSimulationTrace(simulation ? traceOf(simulation, state.doc) : null);
  }, [store, simulation, edges]);

  useEffect(() => () => store.getState().setSimulationTrace(null), [store]);
}
