import {
  compareReplies,
  type CompiledFlow,
  type Message,
  type RecordedHttp,
  type ReplyDiffLine,
  type SimulationAction,
  type TestCase,
} from '@/core';
import { applySimulationAction, type SimulationTarget } from './apply-simulation-action';
import { newSimulation } from './new-simulation';
import { SimulationError } from './simulation-error';
import { type Simulation } from './simulation-schema';

export interface TestStepResult {
  index: number;
  action: SimulationAction;
  ok: boolean;
  lines: ReplyDiffLine[];
  /** The replies the step produced (what "accept" stores as the new expectation). */
  actual: { message: Message; nodeId: string | null }[];
  /** Why the step could not run (then `lines` lists only what was expected). */
  error: string | null;
}

export interface TestCaseResult {
  name: string;
  passed: boolean;
  /** Index of the first failing step, or null. */
  firstFailure: number | null;
  steps: TestStepResult[];
}

export const NOT_RECORDED = 'No response was recorded for this request when the test case was saved.';

/** An HTTP stand-in answering with a step's recorded responses, by node and in order. */
export function replayRecordedHttp(recorded: readonly RecordedHttp[]): SimulationTarget['http'] {
  const left = [...recorded];
  return ({ nodeId }) => {
    const at = left.findIndex((h) => h.nodeId === nodeId);
    if (at < 0) return Promise.resolve({ status: 0, body: undefined, error: NOT_RECORDED });
    return Promise.resolve(left.splice(at, 1)[0]!.response);
  };
}

/**
 * Runs a test case against a compiled flow from a fresh simulation, step by step, and compares
 * each step's replies with the expected ones. HTTP requests get the responses recorded with the
 * test case (by node, in order), so a run is deterministic and offline. Every step runs, also after
 * a failure, so the whole difference shows. Also returns the simulation it ended with (a step that
 * could not apply is missing from it), for replaying a test case in the simulator.
 */
export async function runTestCase(options: {
  compiled: CompiledFlow;
  flowId: string;
  testCase: TestCase;
}): Promise<TestCaseResult & { simulation: Simulation }> {
  const { compiled, flowId, testCase } = options;
  let simulation = newSimulation(testCase.setup);
  const steps: TestStepResult[] = [];
  for (const [index, testStep] of testCase.steps.entries()) {
    const expected = testStep.expect.map((r) => r.message);
    try {
      simulation = await applySimulationAction({
        simulation,
        action: testStep.action,
        target: {
          compiled,
          flowId,
          http: replayRecordedHttp(testStep.http),
        },
      });
      const actual = simulation.steps.at(-1)!.replies.map((r) => ({ message: r.message, nodeId: r.nodeId }));
      const { ok, lines } = compareReplies(
        expected,
        actual.map((r) => r.message),
      );
      steps.push({ index, action: testStep.action, ok, lines, actual, error: null });
    } catch (error) {
      if (!(error instanceof SimulationError)) throw error;
      const { lines } = compareReplies(expected, []);
      steps.push({ index, action: testStep.action, ok: false, lines, actual: [], error: error.message });
    }
  }
  const firstFailure = steps.find((s) => !s.ok)?.index ?? null;
  return { name: testCase.name, passed: firstFailure === null, firstFailure, steps, simulation };
}
