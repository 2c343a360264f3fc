import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { evaluateCondition } from '../evaluate-condition';
import { type NodeOutcome, type Run } from '../run';

/** Takes the first branch whose conditions hold (all / any), otherwise `else`. */
export function executeCondition(node: CompiledNodeOfType<'condition'>, run: Run): NodeOutcome {
  for (const branch of node.branches) {
    const test = (condition: (typeof branch.conditions)[number]) => evaluateCondition(condition, run);
    const taken = branch.match === 'all' ? branch.conditions.every(test) : branch.conditions.some(test);
    if (taken) return { port: branch.id };
  }
  return { port: 'else' };
}
