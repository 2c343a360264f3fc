import { createDiagnostic } from '../create-diagnostic';
import { type VariableWrite } from '../create-compile-context';
import { type Diagnostic } from '../diagnostic-schema';
import { type FlowGraph } from './flow-graph';

/**
 * Reports reads of variables that nothing declares or sets (error), and reads that some path
 * from an entry reaches before any node on it set the variable (warning). Declared variables
 * with a default value count as set. The second check walks the graph once per variable that
 * is read without a default: O(variables × size).
 */
export function checkVariables(options: {
  graph: FlowGraph;
  reads: ReadonlyMap<string, ReadonlySet<string>>;
  writes: readonly VariableWrite[];
  declared: ReadonlyMap<string, { hasDefault: boolean }>;
  diagnostics: Diagnostic[];
}): void {
  const { graph, reads, writes, declared, diagnostics } = options;
  const written = new Set(writes.map((write) => write.variable));
  const readers = new Map<string, string[]>();
  for (const [nodeId, variables] of reads) {
    for (const variable of variables) {
      if (!declared.has(variable) && !written.has(variable)) {
        diagnostics.push(createDiagnostic({ code: 'unknown-variable', nodeId, detail: variable }));
      } else if (!declared.get(variable)?.hasDefault) {
        readers.set(variable, [...(readers.get(variable) ?? []), nodeId]);
      }
    }
  }
  for (const [variable, nodeIds] of readers) {
    const setters = new Map<string, Set<string | null>>();
    for (const write of writes) {
      if (write.variable !== variable) continue;
      const ports = setters.get(write.nodeId) ?? new Set<string | null>();
      ports.add(write.port);
      setters.set(write.nodeId, ports);
    }
    const readerSet = new Set(nodeIds);
    const seen = new Set<string>(graph.entries);
    const queue = [...graph.entries];
    for (let index = 0; index < queue.length; index += 1) {
      const id = queue[index] ?? '';
      if (readerSet.delete(id)) {
        diagnostics.push(
          createDiagnostic({ code: 'variable-read-before-set', nodeId: id, detail: variable }),
        );
      }
      const setsOn = setters.get(id);
      for (const [port, target] of Object.entries(graph.transitions.get(id) ?? {})) {
        if (target === null || seen.has(target) || setsOn?.has(null) || setsOn?.has(port)) continue;
        seen.add(target);
        queue.push(target);
      }
    }
  }
}
