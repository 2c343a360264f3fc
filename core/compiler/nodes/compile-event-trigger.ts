import { type NodeOfType } from '../../document/flow-node-schema';
import { type CompileContext } from '../compile-context';

/** Checks an event trigger; its matcher is built by `buildTrigger`. */
export function compileEventTrigger(data: NodeOfType<'event-trigger'>['data'], ctx: CompileContext) {
  if (data.event === 'qr-scene') ctx.required(data.scene, 'scene');
  if (data.event === 'menu-click') ctx.required(data.menuKey, 'menuKey');
  return {};
}
