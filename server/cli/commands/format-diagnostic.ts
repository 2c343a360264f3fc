import { type Diagnostic } from '@/core';

/** A compiler diagnostic as one CLI line: `error   invalid-regex (node k1): …`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = [
    diagnostic.nodeId && `node ${diagnostic.nodeId}`,
    diagnostic.edgeId && `edge ${diagnostic.edgeId}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${diagnostic.severity.padEnd(7)} ${diagnostic.code}${where ? ` (${where})` : ''}: ${diagnostic.message}`;
}
