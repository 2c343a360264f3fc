import { nodeCatalogue, type NodeGroup, type NodeType } from '@/core';
import { paletteGroupOrder } from './palette-group-order';

/** Node types passing `keep`, grouped in palette order (catalogue order inside a group); empty groups left out. */
export function groupNodeTypes(
  keep: (type: NodeType) => boolean,
): Array<{ group: NodeGroup; types: NodeType[] }> {
  const all = Object.keys(nodeCatalogue) as NodeType[];
  return paletteGroupOrder
    .map((group) => ({
      group,
      types: all.filter((type) => nodeCatalogue[type].group === group && keep(type)),
    }))
    .filter((entry) => entry.types.length > 0);
}
