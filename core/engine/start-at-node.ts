import { type CompiledFlow } from '../compiler/compiled-flow-schema';
import { cancelWait } from './cancel-wait';
import { type ConversationState } from './conversation-state-schema';
import { createRun } from './create-run';
import { type StepOptions } from './run';
import { runFromNode } from './run-from-node';
import { type StepResult } from './step';

/**
 * Runs `compiled` from `nodeId`, whatever the conversation was waiting for: how a flow is entered
 * by a jump from another flow, or restarted at a chosen node (simulator). Pure, like `step`.
 */
export function startAtNode(
  compiled: CompiledFlow,
  state: ConversationState,
  nodeId: string,
  options: StepOptions,
): StepResult {
  const run = createRun({ compiled, state, input: '', step: options });
  cancelWait(run);
  runFromNode(run, nodeId);
  return { state: run.state, effects: run.effects };
}
