import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { type NodeOutcome, type Run } from '../run';

/** Updates the contact's tags in the state and asks the shell to persist them. */
export function executeTagContact(node: CompiledNodeOfType<'tag-contact'>, run: Run): NodeOutcome {
  const tags = new Set(run.state.contact.tags);
  for (const tag of node.add) tags.add(tag);
  for (const tag of node.remove) tags.delete(tag);
  run.state.contact.tags = [...tags];
  run.effects.push({ type: 'tag-contact', add: node.add, remove: node.remove });
  return { port: 'out' };
}
