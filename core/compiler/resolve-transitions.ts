import { portsOf } from '../catalogue/ports-of';
import { type FlowEdge } from '../document/flow-document-schema';
import { type FlowNode } from '../document/flow-node-schema';
import { createDiagnostic } from './create-diagnostic';
import { type Diagnostic } from './diagnostic-schema';

/**
 * Resolves edges into per-node transitions (port → target or null). Edges from missing nodes,
 * unknown ports or to missing nodes are reported and dropped; a go-to node's target becomes
 * its `out` transition.
 */
export function resolveTransitions(options: {
  nodes: ReadonlyMap<string, FlowNode>;
  edges: readonly FlowEdge[];
  diagnostics: Diagnostic[];
}): Map<string, Record<string, string | null>> {
  const { nodes, edges, diagnostics } = options;
  const transitions = new Map<string, Record<string, string | null>>();
  for (const node of nodes.values()) {
    const ports: Record<string, string | null> = {};
    for (const port of portsOf(node)) if (!(port.id in ports)) ports[port.id] = null;
    if (node.type === 'go-to' && node.data.target === 'node' && node.data.nodeId !== '') {
      if (nodes.has(node.data.nodeId)) ports.out = node.data.nodeId;
      else
        diagnostics.push(
          createDiagnostic({ code: 'edge-target-missing', nodeId: node.id, detail: node.data.nodeId }),
        );
    }
    transitions.set(node.id, ports);
  }
  for (const edge of edges) {
    const ports = transitions.get(edge.source);
    const at = { edgeId: edge.id, nodeId: edge.source };
    if (!ports) {
      diagnostics.push(
        createDiagnostic({ code: 'edge-source-missing', edgeId: edge.id, detail: edge.source }),
      );
    } else if (!(edge.sourcePort in ports)) {
      diagnostics.push(createDiagnostic({ code: 'unknown-port', ...at, detail: edge.sourcePort }));
    } else if (!nodes.has(edge.target)) {
      diagnostics.push(createDiagnostic({ code: 'edge-target-missing', ...at, detail: edge.target }));
    } else if (ports[edge.sourcePort] !== null) {
      diagnostics.push(createDiagnostic({ code: 'duplicate-edge', ...at, detail: edge.sourcePort }));
    } else {
      ports[edge.sourcePort] = edge.target;
    }
  }
  return transitions;
}
