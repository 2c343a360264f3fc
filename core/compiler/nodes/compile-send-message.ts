import { type NodeOfType } from '../../document/flow-node-schema';
import { compileMessage } from '../../messages/compile-message';
import { type CompileContext } from '../compile-context';

export function compileSendMessage(data: NodeOfType<'send-message'>['data'], ctx: CompileContext) {
  if (data.messages.length === 0) ctx.required('', 'messages');
  return { messages: data.messages.map((message) => compileMessage(message, ctx)), mode: data.mode };
}
