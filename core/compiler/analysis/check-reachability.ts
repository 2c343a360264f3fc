import { nodeCatalogue } from '../../catalogue/node-catalogue';
import { portsOf } from '../../catalogue/ports-of';
import { createDiagnostic } from '../create-diagnostic';
import { type Diagnostic } from '../diagnostic-schema';
import { type FlowGraph } from './flow-graph';

/** Reports nodes no entry leads to, and required outputs left unconnected. Linear in size. */
export function checkReachability(graph: FlowGraph, diagnostics: Diagnostic[]): void {
  const reached = new Set<string>(graph.entries);
  const queue = [...graph.entries];
  for (let index = 0; index < queue.length; index += 1) {
    const ports = graph.transitions.get(queue[index] ?? '') ?? {};
    for (const target of Object.values(ports)) {
      if (target !== null && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  for (const node of graph.nodes.values()) {
    if (!reached.has(node.id) && !nodeCatalogue[node.type].entry) {
      diagnostics.push(createDiagnostic({ code: 'unreachable-node', nodeId: node.id }));
    }
    const ports = graph.transitions.get(node.id) ?? {};
    for (const port of portsOf(node)) {
      if (port.required && ports[port.id] === null) {
        diagnostics.push(createDiagnostic({ code: 'unconnected-output', nodeId: node.id, detail: port.id }));
      }
    }
  }
}
