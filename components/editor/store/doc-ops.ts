import {
  type FlowDocument,
  type FlowEdge,
  type FlowNode,
  type NodeType,
  nodeCatalogue,
  portsOf,
} from '@/core';
import { type XY } from './editor-state';

/**
 * Pure edits of a flow document. Each returns a new document (or the same one when nothing
 * changes), sharing every untouched node and edge so the canvas re-renders only what changed.
 */

export const edgeIdFor = (source: string, sourcePort: string) => `${source}.${sourcePort}`;

/** A node of `type` with its catalogue defaults (or the given data). */
export function makeNode(input: {
  id: string;
  type: NodeType;
  position: XY;
  data?: FlowNode['data'];
}): FlowNode {
  const data = input.data ?? nodeCatalogue[input.type].defaultData();
  return { id: input.id, type: input.type, position: input.position, data } as FlowNode;
}

export function addNodes(doc: FlowDocument, nodes: FlowNode[], edges: FlowEdge[] = []): FlowDocument {
  return { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] };
}

export function removeNodes(doc: FlowDocument, nodeIds: readonly string[]): FlowDocument {
  if (nodeIds.length === 0) return doc;
  const gone = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => !gone.has(n.id));
  if (nodes.length === doc.nodes.length) return doc;
  const edges = doc.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target));
  return { ...doc, nodes, edges };
}

export function removeEdges(doc: FlowDocument, edgeIds: readonly string[]): FlowDocument {
  if (edgeIds.length === 0) return doc;
  const gone = new Set(edgeIds);
  const edges = doc.edges.filter((e) => !gone.has(e.id));
  return edges.length === doc.edges.length ? doc : { ...doc, edges };
}

/** Why a connection is refused, or null when it is allowed. */
export function connectionProblem(
  doc: FlowDocument,
  input: { source: string; sourcePort: string; target: string },
): 'missing-node' | 'self' | 'entry-target' | 'unknown-port' | null {
  const source = doc.nodes.find((n) => n.id === input.source);
  const target = doc.nodes.find((n) => n.id === input.target);
  if (!source || !target) return 'missing-node';
  if (source.id === target.id) return 'self';
  if (nodeCatalogue[target.type].entry) return 'entry-target';
  if (!portsOf(source).some((p) => p.id === input.sourcePort)) return 'unknown-port';
  return null;
}

/** Connects an output to a node; an output has at most one edge, so an existing one is replaced. */
export function connect(
  doc: FlowDocument,
  input: { source: string; sourcePort: string; target: string },
): FlowDocument {
  const existing = doc.edges.find((e) => e.source === input.source && e.sourcePort === input.sourcePort);
  if (existing?.target === input.target) return doc;
  const edges = doc.edges.filter((e) => e !== existing);
  edges.push({ id: freeEdgeId(doc, input.source, input.sourcePort, existing?.id), ...input });
  return { ...doc, edges };
}

function freeEdgeId(doc: FlowDocument, source: string, port: string, reusable: string | undefined): string {
  const base = edgeIdFor(source, port);
  const taken = new Set(doc.edges.map((e) => e.id));
  if (reusable !== undefined) taken.delete(reusable);
  let id = base;
  for (let i = 2; taken.has(id); i += 1) id = `${base}~${i}`;
  return id;
}

export function moveNodes(
  doc: FlowDocument,
  moves: ReadonlyArray<{ id: string; position: XY }>,
): FlowDocument {
  const byId = new Map(moves.map((m) => [m.id, m.position]));
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const position = byId.get(node.id);
    if (!position || (position.x === node.position.x && position.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: position.x, y: position.y } };
  });
  return changed ? { ...doc, nodes } : doc;
}

export function updateNode(
  doc: FlowDocument,
  nodeId: string,
  update: (node: FlowNode) => FlowNode,
): FlowDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (node.id !== nodeId) return node;
    const next = update(node);
    changed = next !== node;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}
