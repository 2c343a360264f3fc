import { type SimulationSetup } from '@/core';
import { SIMULATION_VERSION, type Simulation } from './simulation-schema';

/** A simulation that has not started yet: the clock at the setup's start, no conversation. */
export function newSimulation(setup: SimulationSetup): Simulation {
  return {
    version: SIMULATION_VERSION,
    setup,
    clock: setup.startAt,
    rng: setup.seed,
    contact: setup.contact,
    conversation: null,
    timers: [],
    steps: [],
  };
}
