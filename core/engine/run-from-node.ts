import { type CompiledNode } from '../compiler/compiled-node-schema';
import { TRAIL_LENGTH } from './conversation-state-schema';
import { nodeExecutors } from './node-executors';
import { type NodeOutcome, type Run } from './run';

type AnyExecutor = (node: CompiledNode, run: Run) => NodeOutcome;

/**
 * Runs nodes from `nodeId` until one waits or a path ends. At most `stepBudget` nodes run per
 * event; past that the conversation is stopped with a `step-budget-exceeded` diagnostic effect
 * instead of looping.
 */
export function runFromNode(run: Run, nodeId: string | null): void {
  const { state } = run;
  state.wait = null;
  state.currentNodeId = null;
  let current = nodeId;
  for (let steps = 0; current !== null; steps += 1) {
    if (steps >= run.compiled.stepBudget) {
      run.effects.push({
        type: 'diagnostic',
        code: 'step-budget-exceeded',
        nodeId: current,
        message: `stopped after ${run.compiled.stepBudget} nodes without waiting for input`,
      });
      return;
    }
    const node = run.compiled.nodes[current];
    if (!node) {
      run.effects.push({
        type: 'diagnostic',
        code: 'missing-node',
        nodeId: current,
        message: 'node not in flow',
      });
      return;
    }
    run.effects.push({ type: 'mark', mark: 'node-entered', nodeId: node.id });
    state.trail = [...state.trail, { nodeId: node.id, at: run.now.getTime() }].slice(-TRAIL_LENGTH);
    // The registry's `satisfies` clause ties each executor to its node type.
    const outcome = (nodeExecutors[node.type] as AnyExecutor)(node, run);
    if ('wait' in outcome) {
      state.wait = outcome.wait;
      state.currentNodeId = node.id;
      return;
    }
    current = outcome.port === null ? null : (node.transitions[outcome.port] ?? null);
  }
}
