import { type FlowDocument, type FlowEdge, type FlowNode } from '@/core';
import { type ClipboardFragment, CLIPBOARD_FORMAT } from './clipboard-fragment';
import { edgeIdFor } from './doc-ops';
import { type XY } from './editor-state';

const PASTE_OFFSET = 40;

/** The given nodes and the edges between them, as clipboard content. */
export function fragmentOf(doc: FlowDocument, nodeIds: readonly string[]): ClipboardFragment | null {
  const ids = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return null;
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { format: CLIPBOARD_FORMAT, version: 1, nodes, edges };
}

/**
 * Copies of the fragment's nodes and inner edges with fresh ids, ready to add to `doc`: placed with
 * their top-left at `at`, or offset from the originals until no copy sits exactly on an existing
 * node. Go-to nodes that pointed inside the fragment point at the copies.
 */
export function prepareFragment(input: {
  doc: FlowDocument;
  fragment: ClipboardFragment;
  at?: XY;
  newId: (node: FlowNode, taken: ReadonlySet<string>) => string;
}): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const { doc, fragment } = input;
  const taken = new Set(doc.nodes.map((n) => n.id));
  const idMap = new Map<string, string>();
  for (const node of fragment.nodes) {
    const id = input.newId(node, taken);
    taken.add(id);
    idMap.set(node.id, id);
  }
  const delta = placement(doc, fragment, input.at);
  const nodes = fragment.nodes.map((node) => {
    const copy = {
      ...structuredClone(node),
      id: idMap.get(node.id)!,
      position: { x: node.position.x + delta.x, y: node.position.y + delta.y },
    } as FlowNode;
    if (copy.type === 'go-to' && copy.data.target === 'node' && idMap.has(copy.data.nodeId)) {
      copy.data = { ...copy.data, nodeId: idMap.get(copy.data.nodeId)! };
    }
    return copy;
  });
  const edges: FlowEdge[] = [];
  for (const edge of fragment.edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (source === undefined || target === undefined) continue;
    edges.push({ id: edgeIdFor(source, edge.sourcePort), source, sourcePort: edge.sourcePort, target });
  }
  return { nodes, edges };
}

function placement(doc: FlowDocument, fragment: ClipboardFragment, at: XY | undefined): XY {
  const minX = Math.min(...fragment.nodes.map((n) => n.position.x));
  const minY = Math.min(...fragment.nodes.map((n) => n.position.y));
  if (at) return { x: Math.round(at.x - minX), y: Math.round(at.y - minY) };
  const occupied = new Set(doc.nodes.map((n) => `${n.position.x},${n.position.y}`));
  for (let step = 1; ; step += 1) {
    const d = step * PASTE_OFFSET;
    if (!fragment.nodes.some((n) => occupied.has(`${n.position.x + d},${n.position.y + d}`)))
      return { x: d, y: d };
  }
}
