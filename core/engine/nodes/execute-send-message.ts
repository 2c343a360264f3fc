import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { renderMessage } from '../../messages/render-message';
import { type NodeOutcome, type Run } from '../run';

/** Sends every message in order, or one picked with `run.random` in random mode. */
export function executeSendMessage(node: CompiledNodeOfType<'send-message'>, run: Run): NodeOutcome {
  const pick = node.messages[Math.floor(run.random() * node.messages.length)];
  const messages = node.mode === 'random' ? (pick ? [pick] : []) : node.messages;
  for (const message of messages) {
    run.effects.push({ type: 'send', nodeId: node.id, message: renderMessage(message, run.scope()) });
  }
  return { port: 'out' };
}
