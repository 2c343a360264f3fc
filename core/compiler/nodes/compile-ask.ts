import { type NodeOfType } from '../../document/flow-node-schema';
import { compileMessage } from '../../messages/compile-message';
import { checkVariableName } from '../check-variable-name';
import { type CompileContext } from '../compile-context';
import { compileValidation } from './compile-validation';

export function compileAsk(data: NodeOfType<'ask'>['data'], ctx: CompileContext) {
  if (data.prompt.length === 0) ctx.required('', 'prompt');
  checkVariableName({ name: data.variable, field: 'variable', ctx });
  ctx.writes(data.variable, 'answer');
  return {
    prompt: data.prompt.map((message) => compileMessage(message, ctx)),
    variable: data.variable,
    validation: compileValidation(data.validation, ctx),
    maxRetries: data.maxRetries,
    retryMessage: ctx.template(data.retryMessage),
    timeoutSeconds: data.timeoutSeconds,
  };
}
