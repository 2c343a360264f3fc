import ElkConstructor, { type ELK } from 'elkjs/lib/elk.bundled.js';
import { type FlowDocument } from '@/core';
import { buildElkGraph, DEFAULT_NODE_SIZE, type NodeSize } from './build-elk-graph';
import { connectedComponents } from './connected-components';

/** Horizontal gap between the side-by-side trees of disconnected parts of the flow. */
const COMPONENT_GAP = 80;

// One layouter for the page, created on first use. The bundled build runs ELK on the calling thread
// (no web worker), in Node tests and in the browser alike.
let elk: ELK | undefined;

export interface AutoLayoutInput {
  doc: FlowDocument;
  /** Measured sizes; nodes missing here count as 240×120. */
  sizes: Record<string, NodeSize>;
  /** Lay out only these nodes (and the edges between them); the rest of the flow does not move. */
  nodeIds?: string[];
}

/**
 * Top-left positions for a readable top-to-bottom layout (ELK layered): each edge's target lies in a
 * lower layer than its source, except back edges of cycles; a node's branches keep their port order
 * left to right; disconnected parts sit side by side with their tops (the triggers) on one row. The
 * result keeps the top-left corner of the laid-out nodes' original bounding box, covers exactly
 * those nodes, and is deterministic for a given input.
 */
export async function autoLayout(input: AutoLayoutInput): Promise<Record<string, { x: number; y: number }>> {
  const wanted = input.nodeIds ? new Set(input.nodeIds) : null;
  const nodeIds = input.doc.nodes.filter((node) => !wanted || wanted.has(node.id)).map((node) => node.id);
  if (nodeIds.length === 0) return {};

  elk ??= new ElkConstructor();
  const laidOut = await elk.layout(buildElkGraph({ doc: input.doc, sizes: input.sizes, nodeIds }));
  const raw = new Map<string, { x: number; y: number }>();
  for (const child of laidOut.children ?? []) raw.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });

  const widthOf = (id: string) => input.sizes[id]?.width || DEFAULT_NODE_SIZE.width;
  const components = connectedComponents({ nodeIds, links: input.doc.edges });
  const packed: Record<string, { x: number; y: number }> = {};
  let cursor = 0;
  for (const component of components) {
    const points = component.map((id) => ({ id, at: raw.get(id) ?? { x: 0, y: 0 } }));
    const left = Math.min(...points.map((point) => point.at.x));
    const top = Math.min(...points.map((point) => point.at.y));
    const right = Math.max(...points.map((point) => point.at.x + widthOf(point.id)));
    for (const point of points) packed[point.id] = { x: cursor + point.at.x - left, y: point.at.y - top };
    cursor += right - left + COMPONENT_GAP;
  }

  const byId = new Map(input.doc.nodes.map((node) => [node.id, node.position]));
  const originX = Math.min(...nodeIds.map((id) => byId.get(id)?.x ?? 0));
  const originY = Math.min(...nodeIds.map((id) => byId.get(id)?.y ?? 0));
  const result: Record<string, { x: number; y: number }> = {};
  for (const id of nodeIds) {
    const at = packed[id] ?? { x: 0, y: 0 };
    result[id] = { x: Math.round(originX + at.x), y: Math.round(originY + at.y) };
  }
  return result;
}
