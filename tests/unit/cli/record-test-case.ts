import { compileFlow, type FlowDocument, type SimulationAction, type TestCase } from '@/core';
import { applySimulationAction } from '@/server/simulator/apply-simulation-action';
import { newSimulation } from '@/server/simulator/new-simulation';
import { testCaseFromSimulation } from '@/server/simulator/test-case-from-simulation';

/**
 * Records a test case the way the editor does: runs the actions in a fresh simulation (contact
 * "Li") and saves it. HTTP calls are answered with `httpBody` (status 200) and counted in `calls`.
 */
export async function recordTestCase(options: {
  document: FlowDocument;
  name: string;
  actions: SimulationAction[];
  httpBody?: unknown;
}): Promise<{ testCase: TestCase; calls: number }> {
  const { compiled } = compileFlow(options.document);
  if (!compiled) throw new Error('the flow does not compile');
  let calls = 0;
  let simulation = newSimulation({
    channel: 'wechat_mp',
    startAt: Date.parse('2026-03-02T02:00:00Z'),
    seed: 1,
    contact: { name: 'Li', tags: [], fields: {} },
    sessionTimeoutMinutes: 30,
  });
  for (const action of options.actions) {
    simulation = await applySimulationAction({
      simulation,
      action,
      target: {
        compiled,
        flowId: 'recorded',
        http: () => {
          calls += 1;
          return Promise.resolve({ status: 200, body: options.httpBody, error: null });
        },
      },
    });
  }
  return { testCase: testCaseFromSimulation(simulation, options.name), calls };
}
