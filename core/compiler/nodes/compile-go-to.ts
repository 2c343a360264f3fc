import { type NodeOfType } from '../../document/flow-node-schema';
import { type CompileContext } from '../compile-context';

/** A jump to a node becomes the `out` transition (resolved with the edges); see `nodeEdges`. */
export function compileGoTo(data: NodeOfType<'go-to'>['data'], ctx: CompileContext) {
  if (data.target === 'flow') {
    ctx.required(data.flowId, 'flowId');
    return { flowId: data.flowId };
  }
  ctx.required(data.nodeId, 'nodeId');
  return { flowId: null };
}
