import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { type NodeOutcome, type Run } from '../run';

/** A jump to a node follows `out`; a jump to another flow is left to the shell. */
export function executeGoTo(node: CompiledNodeOfType<'go-to'>, run: Run): NodeOutcome {
  if (node.flowId === null) return { port: 'out' };
  run.effects.push({ type: 'go-to-flow', flowId: node.flowId });
  return { port: null };
}
