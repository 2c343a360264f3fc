import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { renderMessage } from '../../messages/render-message';
import { type NodeOutcome, type Run } from '../run';

/** Sends the prompt, starts the timeout timer if any, and waits for the answer. */
export function executeAsk(node: CompiledNodeOfType<'ask'>, run: Run): NodeOutcome {
  for (const message of node.prompt) {
    run.effects.push({ type: 'send', nodeId: node.id, message: renderMessage(message, run.scope()) });
  }
  let timerId: string | null = null;
  if (node.timeoutSeconds !== null) {
    timerId = run.nextId(node.id);
    run.effects.push({
      type: 'schedule-timer',
      timerId,
      fireAt: run.now.getTime() + node.timeoutSeconds * 1000,
    });
  }
  return { wait: { kind: 'answer', nodeId: node.id, attempts: 0, timerId } };
}
