import { type FlowDiff, type FlowDocument, type FlowEdge, type FlowNode } from '@/core';

export type CompareStatus = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

export interface CompareNode {
  id: string;
  node: FlowNode;
  status: CompareStatus;
  position: { x: number; y: number };
}

export interface CompareEdge {
  id: string;
  edge: FlowEdge;
  status: Exclude<CompareStatus, 'changed' | 'moved'>;
}

/** Edges are the same connection when source, port and target match (as in the core diff). */
const edgeKey = (e: FlowEdge) => JSON.stringify([e.source, e.sourcePort, e.target]);

/**
 * The union of two documents for the visual compare: every node of `after` at its new position with
 * its status, then the removed nodes at their old positions; every edge of `after`, then the removed
 * ones. Ids are unique in the result (a removed edge whose id was reused gets a suffix).
 */
export function compareGraph(options: { before: FlowDocument; after: FlowDocument; diff: FlowDiff }): {
  nodes: CompareNode[];
  edges: CompareEdge[];
} {
  const { before, after, diff } = options;
  const added = new Set(diff.nodes.added.map((n) => n.id));
  const changed = new Set(diff.nodes.changed.map((n) => n.id));
  const moved = new Set(diff.nodes.moved);
  const nodes: CompareNode[] = after.nodes.map((node) => ({
    id: node.id,
    node,
    position: node.position,
    status: added.has(node.id)
      ? 'added'
      : changed.has(node.id)
        ? 'changed'
        : moved.has(node.id)
          ? 'moved'
          : 'unchanged',
  }));
  const present = new Set(after.nodes.map((n) => n.id));
  for (const node of before.nodes) {
    if (!present.has(node.id)) nodes.push({ id: node.id, node, position: node.position, status: 'removed' });
  }

  const addedEdges = new Set(diff.edges.added.map(edgeKey));
  const edges: CompareEdge[] = after.edges.map((edge) => ({
    id: edge.id,
    edge,
    status: addedEdges.has(edgeKey(edge)) ? 'added' : 'unchanged',
  }));
  const ids = new Set(edges.map((e) => e.id));
  for (const edge of diff.edges.removed) {
    const id = ids.has(edge.id) ? `${edge.id}~removed` : edge.id;
    ids.add(id);
    edges.push({ id, edge, status: 'removed' });
  }
  return { nodes, edges };
}
