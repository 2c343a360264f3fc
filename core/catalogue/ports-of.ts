import { type FlowNode } from '../document/flow-node-schema';
import { type PortSpec } from './node-definition';
import { nodeCatalogue } from './node-catalogue';

/** The output ports of a node, from its catalogue definition and current data. */
export function portsOf(node: FlowNode): PortSpec[] {
  // TypeScript cannot correlate `node.type` with `node.data` through the registry lookup;
  // the catalogue's `satisfies` clause guarantees they match.
  const ports = nodeCatalogue[node.type].ports as (data: FlowNode['data']) => PortSpec[];
  return ports(node.data);
}
