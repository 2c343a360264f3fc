import { compileFlow, exampleFlows, type SimulationAction } from '@/core';
import { applySimulationAction, type SimulationTarget } from '@/server/simulator/apply-simulation-action';
import { newSimulation } from '@/server/simulator/new-simulation';
import { runTestCase } from '@/server/simulator/run-test-case';
import { testCaseFromSimulation } from '@/server/simulator/test-case-from-simulation';

export interface TestCaseBenchResult {
  /** Steps per recorded test case. */
  steps: number;
  stepsPerSecond: number;
  /** What a publish of a flow with 100 such test cases spends running them (under the flow's lock). */
  gate100Ms: number;
}

const STEPS = 30;

/**
 * Test-case replay in process: records a 30-step simulation of the e-commerce example (messages and
 * clock moves), then runs it as a test case 100 times, as publishing a flow with 100 test cases would.
 */
export async function runTestCaseBench(): Promise<TestCaseBenchResult> {
  const example = exampleFlows.find((f) => f.id === 'ecommerce-faq') ?? exampleFlows[0]!;
  const { compiled } = compileFlow(example.document);
  if (!compiled) throw new Error('the example flow must compile');
  const target: SimulationTarget = {
    compiled,
    flowId: 'bench',
    http: () => Promise.resolve({ status: 200, body: {}, error: null }),
  };
  const inputs = ['menu', '运费', 'return', 'hello'];
  let simulation = newSimulation({
    channel: 'wechat_mp',
    startAt: Date.parse('2026-11-23T02:00:00Z'),
    seed: 1,
    contact: { tags: [], fields: {} },
    sessionTimeoutMinutes: 30,
  });
  for (let i = 0; i < STEPS; i += 1) {
    const action: SimulationAction =
      i % 5 === 4
        ? { type: 'advance', ms: 10 * 60_000 }
        : { type: 'event', event: { type: 'text', text: inputs[i % inputs.length]! } };
    simulation = await applySimulationAction({ target, simulation, action });
  }
  const testCase = testCaseFromSimulation(simulation, 'bench');
  const first = await runTestCase({ compiled, flowId: 'bench', testCase });
  if (!first.passed) throw new Error('the recorded bench test case must pass on its own flow');
  const started = performance.now();
  for (let i = 0; i < 100; i += 1) await runTestCase({ compiled, flowId: 'bench', testCase });
  const gate100Ms = performance.now() - started;
  return { steps: STEPS, stepsPerSecond: (100 * STEPS) / (gate100Ms / 1000), gate100Ms };
}
