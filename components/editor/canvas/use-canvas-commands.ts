'use client';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { type NodeType } from '@/core';
import { useEditorStoreApi } from '../store/editor-store-context';

/** Canvas operations that need both the store and the React Flow viewport. */
export function useCanvasCommands() {
  const store = useEditorStoreApi();
  const flow = useReactFlow();
  const placed = useRef(0);

  const fitView = useCallback(() => void flow.fitView({ padding: 0.2, maxZoom: 1, duration: 300 }), [flow]);

  const focusNode = useCallback(
    (nodeId: string) => {
      const node = store.getState().doc.nodes.find((n) => n.id === nodeId);
      if (!node) return;
      store.getState().select({ nodeIds: [nodeId], edgeIds: [] });
      void flow.fitView({ nodes: [{ id: nodeId }], maxZoom: 1.1, minZoom: 0.6, duration: 300, padding: 0.6 });
    },
    [store, flow],
  );

  const focusEdge = useCallback(
    (edgeId: string) => {
      const edge = store.getState().doc.edges.find((e) => e.id === edgeId);
      if (!edge) return;
      store.getState().select({ nodeIds: [], edgeIds: [edgeId] });
      void flow.fitView({
        nodes: [{ id: edge.source }, { id: edge.target }],
        maxZoom: 1.1,
        duration: 300,
        padding: 0.4,
      });
    },
    [store, flow],
  );

  /** Adds a node in the middle of what is on screen (palette click or Enter), nudged so repeats do not stack. */
  const addAtCenter = useCallback(
    (type: NodeType, canvas: HTMLElement | null) => {
      const rect = canvas?.getBoundingClientRect();
      const centre = rect
        ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
        : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
      const at = flow.screenToFlowPosition(centre);
      const shift = (placed.current++ % 5) * 40;
      store
        .getState()
        .addNode({ type, position: { x: Math.round(at.x - 120 + shift), y: Math.round(at.y - 40 + shift) } });
    },
    [store, flow],
  );

  const runAutoLayout = useCallback(async () => {
    const { doc, sizes, selectedNodeIds, readOnly } = store.getState();
    if (readOnly || doc.nodes.length === 0) return;
    const only = selectedNodeIds.length > 1 ? selectedNodeIds : undefined;
    // ELK is large: loaded on first use, not with the editor.
    const { autoLayout } = await import('../layout/auto-layout');
    const positions = await autoLayout({ doc, sizes, ...(only ? { nodeIds: only } : {}) });
    // The document may have changed while the layout ran; positions of deleted nodes are ignored.
    store.getState().applyPositions(positions);
    if (!only)
      window.requestAnimationFrame(() => void flow.fitView({ padding: 0.2, maxZoom: 1, duration: 300 }));
  }, [store, flow]);

  return {
    fitView,
    focusNode,
    focusEdge,
    addAtCenter,
    runAutoLayout,
    zoomIn: flow.zoomIn,
    zoomOut: flow.zoomOut,
  };
}
