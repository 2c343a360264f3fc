import { type NodeOfType } from '../../document/flow-node-schema';
import { checkVariableName } from '../check-variable-name';
import { type CompileContext } from '../compile-context';

export function compileSetVariable(data: NodeOfType<'set-variable'>['data'], ctx: CompileContext) {
  if (data.assignments.length === 0) ctx.required('', 'assignments');
  return {
    assignments: data.assignments.map((assignment) => {
      checkVariableName({ name: assignment.variable, field: 'variable', ctx });
      const value = ctx.template(assignment.value);
      ctx.writes(assignment.variable, null);
      return { variable: assignment.variable, value, as: assignment.as };
    }),
  };
}
