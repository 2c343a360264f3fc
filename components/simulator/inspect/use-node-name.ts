'use client';
import { useCallback, useMemo } from 'react';
import { nodeCatalogue } from '@/core';
import { useEditorStore } from '@/components/editor/store/editor-store-context';
import { usePickLocalized } from '@/components/editor/use-pick-localized';

/** Names a node of the edited flow: its label, else its type's name; an unknown id names itself. */
export function useNodeName(): (nodeId: string) => string {
  const nodes = useEditorStore((s) => s.doc.nodes);
  const pick = usePickLocalized();
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  return useCallback(
    (nodeId: string) => {
      const node = byId.get(nodeId);
      if (!node) return nodeId;
      return node.label ?? pick(nodeCatalogue[node.type].label);
    },
    [byId, pick],
  );
}
