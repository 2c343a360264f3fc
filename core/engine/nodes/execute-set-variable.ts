import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { renderTemplate } from '../../template/render-template';
import { type NodeOutcome, type Run } from '../run';

export function executeSetVariable(node: CompiledNodeOfType<'set-variable'>, run: Run): NodeOutcome {
  for (const assignment of node.assignments) {
    const text = renderTemplate(assignment.value, run.scope());
    const number = text.trim() === '' ? Number.NaN : Number(text);
    run.state.variables[assignment.variable] =
      assignment.as === 'number' && Number.isFinite(number) ? number : text;
  }
  return { port: 'out' };
}
