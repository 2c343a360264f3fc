import { type NodeOfType } from '../../document/flow-node-schema';
import { type CompileContext } from '../compile-context';

export function compileTagContact(data: NodeOfType<'tag-contact'>['data'], ctx: CompileContext) {
  const add = data.add.map((tag) => tag.trim()).filter(Boolean);
  const remove = data.remove.map((tag) => tag.trim()).filter(Boolean);
  if (add.length === 0 && remove.length === 0) ctx.required('', 'tags');
  return { add, remove };
}
