/** A simulation action that cannot be applied; the simulation is left as it was. */
export type SimulationErrorCode =
  'NODE_NOT_FOUND' | 'NOT_IN_HANDOFF' | 'TOO_MANY_TIMERS' | 'TOO_MANY_HTTP' | 'SIMULATION_TOO_LONG';

export class SimulationError extends Error {
  constructor(
    readonly code: SimulationErrorCode,
    message: string,
  ) {
    super(message);
  }
}
