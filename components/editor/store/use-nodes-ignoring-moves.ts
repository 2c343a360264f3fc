'use client';
import { useMemo } from 'react';
import { type FlowNode } from '@/core';
import { useEditorStore, useEditorStoreApi } from './editor-store-context';

/**
 * The document's nodes, refreshed only by changes the compiler would see: panels that read node
 * data (variable lists, go-to targets) do not re-render on every frame of a drag.
 */
export function useNodesIgnoringMoves(): FlowNode[] {
  const store = useEditorStoreApi();
  const structureVersion = useEditorStore((s) => s.structureVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- structureVersion is the refresh signal
  return useMemo(() => store.getState().doc.nodes, [store, structureVersion]);
}
