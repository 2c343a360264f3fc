import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { type NodeOutcome, type Run } from '../run';

export function executeEnd(node: CompiledNodeOfType<'end'>, run: Run): NodeOutcome {
  if (node.clearVariables) run.state.variables = { ...run.compiled.variables };
  return { port: null };
}
