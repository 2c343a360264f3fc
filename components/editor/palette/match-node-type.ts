import { nodeCatalogue, type NodeType } from '@/core';

/**
 * Whether a node type matches a search: every whitespace-separated term must occur (case-insensitive)
 * in its type id, or its label or description in either language. An empty query matches all.
 */
export function matchNodeType(type: NodeType, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const { label, description } = nodeCatalogue[type];
  const haystack = [type, label.en, label.zh, description.en, description.zh].join('\n').toLowerCase();
  return terms.every((term) => haystack.includes(term));
}
