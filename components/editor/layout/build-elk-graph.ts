import { type ElkExtendedEdge, type ElkNode, type ElkPort } from 'elkjs/lib/elk.bundled.js';
import { type FlowDocument, type FlowNode, nodeCatalogue, portsOf } from '@/core';

export interface NodeSize {
  width: number;
  height: number;
}

/** Size assumed for a node the canvas has not measured yet. */
export const DEFAULT_NODE_SIZE: NodeSize = { width: 240, height: 120 };

const layoutOptions = {
  'org.eclipse.elk.algorithm': 'layered',
  'org.eclipse.elk.direction': 'DOWN',
  'org.eclipse.elk.randomSeed': '1',
  'org.eclipse.elk.edgeRouting': 'ORTHOGONAL',
  'org.eclipse.elk.spacing.nodeNode': '40',
  'org.eclipse.elk.spacing.edgeNode': '20',
  'org.eclipse.elk.spacing.edgeEdge': '12',
  'org.eclipse.elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'org.eclipse.elk.layered.spacing.edgeNodeBetweenLayers': '30',
  // Back edges are the ones that close a cycle in a depth-first walk from the entry nodes.
  'org.eclipse.elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  'org.eclipse.elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'org.eclipse.elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'org.eclipse.elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'org.eclipse.elk.separateConnectedComponents': 'true',
};

const inPortId = (nodeId: string) => `${nodeId}\u0000in`;
const outPortId = (nodeId: string, port: string) => `${nodeId}\u0000out\u0000${port}`;

/**
 * The ELK graph for the nodes `nodeIds` of `doc` and the edges between them. Each node has one input
 * port on top and its output ports along the bottom in `portsOf` order (ELK numbers ports clockwise,
 * so the bottom side counts right to left); an edge from a port the node no longer declares gets an
 * extra port at the right end. Edges to or from nodes outside `nodeIds` are left out.
 */
export function buildElkGraph(input: {
  doc: FlowDocument;
  sizes: Record<string, NodeSize>;
  nodeIds: string[];
}): ElkNode {
  const included = new Set(input.nodeIds);
  const nodes = input.doc.nodes.filter((node) => included.has(node.id));
  const edges = input.doc.edges.filter(
    (edge) => edge.source !== edge.target && included.has(edge.source) && included.has(edge.target),
  );
  const extraPorts = new Map<string, string[]>();
  for (const edge of edges) {
    const list = extraPorts.get(edge.source) ?? [];
    if (!list.includes(edge.sourcePort)) list.push(edge.sourcePort);
    extraPorts.set(edge.source, list);
  }

  const children = nodes.map((node) => elkNode(node, input.sizes[node.id], extraPorts.get(node.id) ?? []));
  const elkEdges: ElkExtendedEdge[] = edges.map((edge) => ({
    id: edge.id,
    sources: [outPortId(edge.source, edge.sourcePort)],
    targets: [inPortId(edge.target)],
  }));
  return { id: 'root', layoutOptions, children, edges: elkEdges };
}

function elkNode(node: FlowNode, size: NodeSize | undefined, usedPorts: string[]): ElkNode {
  const declared = safePorts(node);
  const outs = [...declared, ...usedPorts.filter((port) => !declared.includes(port))];
  const ports: ElkPort[] = [
    {
      id: inPortId(node.id),
      width: 1,
      height: 1,
      layoutOptions: { 'org.eclipse.elk.port.side': 'NORTH', 'org.eclipse.elk.port.index': '0' },
    },
    ...outs.map((port, index) => ({
      id: outPortId(node.id, port),
      width: 1,
      height: 1,
      layoutOptions: {
        'org.eclipse.elk.port.side': 'SOUTH',
        'org.eclipse.elk.port.index': String(1 + outs.length - 1 - index),
      },
    })),
  ];
  const entry = nodeCatalogue[node.type]?.entry ?? false;
  return {
    id: node.id,
    width: size?.width || DEFAULT_NODE_SIZE.width,
    height: size?.height || DEFAULT_NODE_SIZE.height,
    ports,
    layoutOptions: {
      'org.eclipse.elk.portConstraints': 'FIXED_ORDER',
      ...(entry ? { 'org.eclipse.elk.layered.layering.layerConstraint': 'FIRST' } : {}),
    },
  };
}

/** Output port ids; a node whose data no longer parses still lays out, with no declared ports. */
function safePorts(node: FlowNode): string[] {
  try {
    return portsOf(node).map((port) => port.id);
  } catch {
    return [];
  }
}
