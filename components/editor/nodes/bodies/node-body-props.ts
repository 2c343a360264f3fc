import { type NodeOfType, type NodeType } from '@/core';

/** What a node body receives: only the document node, never the store (cheap canvas renders). */
export interface NodeBodyProps<T extends NodeType> {
  node: NodeOfType<T>;
}
