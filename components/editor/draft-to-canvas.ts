import type { Edge, Node } from '@xyflow/react';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Reads whatever nodes and edges a saved draft holds into React Flow elements, skipping anything
 * malformed. Interim: the flow document schema (core/) will replace this defensive reading.
 */
export function draftToCanvas(draft: unknown): { nodes: Node[]; edges: Edge[] } {
  const doc = isRecord(draft) ? draft : {};
  const rawNodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  const rawEdges = Array.isArray(doc.edges) ? doc.edges : [];
  const nodes: Node[] = [];
  for (const n of rawNodes) {
    if (!isRecord(n) || typeof n.id !== 'string') continue;
    const p = isRecord(n.position) ? n.position : {};
    const x = typeof p.x === 'number' ? p.x : 0;
    const y = typeof p.y === 'number' ? p.y : 0;
    const data = isRecord(n.data) ? n.data : {};
    const label = typeof data.label === 'string' ? data.label : typeof n.type === 'string' ? n.type : n.id;
    nodes.push({ id: n.id, position: { x, y }, data: { ...data, label } });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges: Edge[] = [];
  for (const e of rawEdges) {
    if (!isRecord(e) || typeof e.id !== 'string') continue;
    if (typeof e.source !== 'string' || typeof e.target !== 'string') continue;
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    edges.push({ id: e.id, source: e.source, target: e.target });
  }
  return { nodes, edges };
}
