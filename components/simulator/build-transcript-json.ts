import type { Simulation } from '@/server/simulator/simulation-schema';

const TRANSCRIPT_JSON_VERSION = 1;

/**
 * Pure: the simulation's setup and steps (actions, replies, turn traces, HTTP exchanges) as
 * indented JSON, for a machine-readable transcript. The random source state is left out.
 */
export function buildTranscriptJson(input: { flowName: string; simulation: Simulation }): string {
  const { simulation } = input;
  return `${JSON.stringify(
    {
      version: TRANSCRIPT_JSON_VERSION,
      flow: input.flowName,
      setup: simulation.setup,
      clock: simulation.clock,
      contact: simulation.contact,
      steps: simulation.steps,
    },
    null,
    2,
  )}\n`;
}
