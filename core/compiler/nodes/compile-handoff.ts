import { type NodeOfType } from '../../document/flow-node-schema';
import { compileMessage } from '../../messages/compile-message';
import { type CompileContext } from '../compile-context';

export function compileHandoff(data: NodeOfType<'handoff'>['data'], ctx: CompileContext) {
  return { messages: data.messages.map((message) => compileMessage(message, ctx)), reason: data.reason };
}
