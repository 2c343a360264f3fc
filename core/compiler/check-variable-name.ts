import { type CompileContext } from './compile-context';
import { isVariableName } from './is-variable-name';

/** Reports an empty or malformed variable name in a node field. */
export function checkVariableName(options: { name: string; field: string; ctx: CompileContext }): void {
  const { name, field, ctx } = options;
  if (name.trim() === '') ctx.required(name, field);
  else if (!isVariableName(name)) ctx.report({ code: 'invalid-variable-name', detail: name });
}
