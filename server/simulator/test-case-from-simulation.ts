import { testCaseSchema, TEST_CASE_VERSION, type TestCase } from '@/core';
import { type Simulation } from './simulation-schema';

/** A simulation saved as a test case: its setup, its actions, and the replies each produced. */
export function testCaseFromSimulation(simulation: Simulation, name: string): TestCase {
  return testCaseSchema.parse({
    version: TEST_CASE_VERSION,
    name,
    setup: simulation.setup,
    steps: simulation.steps.map((step) => ({
      action: step.action,
      expect: step.replies.map((r) => ({ message: r.message, nodeId: r.nodeId })),
      http: step.http.map(({ nodeId, request, response }) => ({ nodeId, request, response })),
    })),
  });
}
