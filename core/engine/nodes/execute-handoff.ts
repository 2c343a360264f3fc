import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { renderMessage } from '../../messages/render-message';
import { type NodeOutcome, type Run } from '../run';

/** Sends the hand-over messages, tells the shell to hand off, and pauses until released. */
export function executeHandoff(node: CompiledNodeOfType<'handoff'>, run: Run): NodeOutcome {
  for (const message of node.messages) {
    run.effects.push({ type: 'send', nodeId: node.id, message: renderMessage(message, run.scope()) });
  }
  run.effects.push({ type: 'handoff', nodeId: node.id, reason: node.reason });
  return { wait: { kind: 'handoff', nodeId: node.id } };
}
