/** How the panel answers a failed simulator call. */
export type SimulationFailure =
  { kind: 'flow-errors'; count: number } | { kind: 'conflict' } | { kind: 'other' };

/** Pure: sorts an error from `simulator.*` by its app code (FLOW_HAS_ERRORS counts its diagnostics). */
export function readSimulationError(error: unknown): SimulationFailure {
  const data = (error as { data?: { appCode?: string | null; appDetails?: unknown } | null } | null)?.data;
  if (data?.appCode === 'FLOW_HAS_ERRORS') {
    const diagnostics = (data.appDetails as { diagnostics?: unknown } | null | undefined)?.diagnostics;
    return { kind: 'flow-errors', count: Array.isArray(diagnostics) ? diagnostics.length : 0 };
  }
  if (data?.appCode === 'SIMULATION_CONFLICT') return { kind: 'conflict' };
  return { kind: 'other' };
}
