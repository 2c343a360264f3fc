import { type FlowNode } from '../../document/flow-node-schema';

/** The resolved graph the analyses walk: nodes in document order and their transitions. */
export interface FlowGraph {
  nodes: ReadonlyMap<string, FlowNode>;
  transitions: ReadonlyMap<string, Record<string, string | null>>;
  entries: readonly string[];
}
