'use client';
import { useMemo, useRef } from 'react';
import { type Diagnostic, type FlowNode } from '@/core';
import { useEditorStore } from '../store/editor-store-context';
import { type CanvasNode, type Severity } from './canvas-types';

interface Cached {
  node: FlowNode;
  selected: boolean;
  diagnostics: Diagnostic[] | undefined;
  size: { width: number; height: number } | undefined;
  readOnly: boolean;
  out: CanvasNode;
}

export const severityOf = (diagnostics: readonly Diagnostic[] | undefined): Severity =>
  !diagnostics || diagnostics.length === 0
    ? null
    : diagnostics.some((d) => d.severity === 'error')
      ? 'error'
      : 'warning';

/**
 * React Flow nodes derived from the document. A node keeps its object identity until its own
 * document node, selection, diagnostics or measured size changes, so React Flow re-renders only
 * what changed (the 1,000-node flow stays smooth while one node is dragged).
 */
export function useCanvasNodes(): CanvasNode[] {
  const nodes = useEditorStore((s) => s.doc.nodes);
  const selectedIds = useEditorStore((s) => s.selectedNodeIds);
  const diagnosticsByNode = useEditorStore((s) => s.diagnosticsByNode);
  const sizes = useEditorStore((s) => s.sizes);
  const readOnly = useEditorStore((s) => s.readOnly);
  const cache = useRef(new Map<string, Cached>());

  return useMemo(() => {
    const selected = new Set(selectedIds);
    const next = new Map<string, Cached>();
    const out = nodes.map((node) => {
      const entry = {
        node,
        selected: selected.has(node.id),
        diagnostics: diagnosticsByNode[node.id],
        size: sizes[node.id],
        readOnly,
      };
      const hit = cache.current.get(node.id);
      if (
        hit &&
        hit.node === entry.node &&
        hit.selected === entry.selected &&
        hit.diagnostics === entry.diagnostics &&
        hit.size === entry.size &&
        hit.readOnly === readOnly
      ) {
        next.set(node.id, hit);
        return hit.out;
      }
      const canvasNode: CanvasNode = {
        id: node.id,
        type: node.type,
        position: node.position,
        selected: entry.selected,
        draggable: !readOnly,
        connectable: !readOnly,
        data: { node, severity: severityOf(entry.diagnostics), problems: entry.diagnostics?.length ?? 0 },
        ...(entry.size ? { measured: entry.size } : {}),
      };
      next.set(node.id, { ...entry, out: canvasNode });
      return canvasNode;
    });
    cache.current = next;
    return out;
  }, [nodes, selectedIds, diagnosticsByNode, sizes, readOnly]);
}
