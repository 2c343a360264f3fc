import { type Diagnostic } from '@/core';

/** Diagnostics keyed by the node and the edge they concern (for badges). */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]) {
  const byNode: Record<string, Diagnostic[]> = {};
  const byEdge: Record<string, Diagnostic[]> = {};
  for (const d of diagnostics) {
    if (d.nodeId !== undefined) (byNode[d.nodeId] ??= []).push(d);
    if (d.edgeId !== undefined) (byEdge[d.edgeId] ??= []).push(d);
  }
  return { byNode, byEdge, compiles: !diagnostics.some((d) => d.severity === 'error') };
}
