'use client';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePickLocalized } from '@/components/editor/use-pick-localized';
import { useEditorStore } from '@/components/editor/store/editor-store-context';
import { nodeCatalogue } from '@/core';

/** The flow's nodes as `{ id, name }` in document order; a node's name is its label, else its type's name. */
export function useNodeNames(): {
  list: Array<{ id: string; name: string }>;
  nameOf: (nodeId: string) => string;
} {
  const pick = usePickLocalized();
  // Only ids, labels and types: moving a node does not re-render the simulator.
  const flat = useEditorStore(
    useShallow((state) => state.doc.nodes.flatMap((node) => [node.id, node.label ?? '', node.type])),
  );
  return useMemo(() => {
    const list: Array<{ id: string; name: string }> = [];
    for (let i = 0; i < flat.length; i += 3) {
      const [id, label, type] = [flat[i]!, flat[i + 1]!, flat[i + 2]!];
      const definition = nodeCatalogue[type as keyof typeof nodeCatalogue];
      list.push({ id, name: label || (definition ? pick(definition.label) : id) });
    }
    const names = new Map(list.map((n) => [n.id, n.name]));
    return { list, nameOf: (nodeId: string) => names.get(nodeId) ?? nodeId };
  }, [flat, pick]);
}
