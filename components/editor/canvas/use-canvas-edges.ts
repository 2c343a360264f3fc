'use client';
import { useMemo, useRef } from 'react';
import { type Diagnostic, type FlowEdge, type FlowNode, portsOf } from '@/core';
import { useEditorStore } from '../store/editor-store-context';
import { usePickLocalized } from '../use-pick-localized';
import { type CanvasEdge } from './canvas-types';
import { severityOf } from './use-canvas-nodes';

interface Cached {
  edge: FlowEdge;
  sourceData: FlowNode['data'] | undefined;
  selected: boolean;
  diagnostics: Diagnostic[] | undefined;
  simPath: boolean;
  out: CanvasEdge;
}

/**
 * React Flow edges derived from the document, labelled with their output's name; identity-stable
 * like the nodes (an edge changes only with its own edge, source data, selection, diagnostics or
 * simulator-path flag).
 */
export function useCanvasEdges(): CanvasEdge[] {
  const edges = useEditorStore((s) => s.doc.edges);
  const nodes = useEditorStore((s) => s.doc.nodes);
  const selectedIds = useEditorStore((s) => s.selectedEdgeIds);
  const diagnosticsByEdge = useEditorStore((s) => s.diagnosticsByEdge);
  const simPathIds = useEditorStore((s) => s.simulationTrace?.pathEdgeIds);
  const pick = usePickLocalized();
  const cache = useRef({ pick, entries: new Map<string, Cached>() });

  return useMemo(() => {
    if (cache.current.pick !== pick) cache.current = { pick, entries: new Map() };
    const nodeById = new Map(nodes.map((n) => [n.id, n]));
    const selected = new Set(selectedIds);
    const onSimPath = new Set(simPathIds);
    const next = new Map<string, Cached>();
    const out = edges.map((edge) => {
      const source = nodeById.get(edge.source);
      const entry = {
        edge,
        sourceData: source?.data,
        selected: selected.has(edge.id),
        diagnostics: diagnosticsByEdge[edge.id],
        simPath: onSimPath.has(edge.id),
      };
      const hit = cache.current.entries.get(edge.id);
      if (
        hit &&
        hit.edge === edge &&
        hit.sourceData === entry.sourceData &&
        hit.selected === entry.selected &&
        hit.diagnostics === entry.diagnostics &&
        hit.simPath === entry.simPath
      ) {
        next.set(edge.id, hit);
        return hit.out;
      }
      const port = source ? portsOf(source).find((p) => p.id === edge.sourcePort) : undefined;
      const label = port && !(port.id === 'out' && portsOf(source!).length === 1) ? pick(port.label) : '';
      const canvasEdge: CanvasEdge = {
        id: edge.id,
        type: 'port',
        source: edge.source,
        sourceHandle: edge.sourcePort,
        target: edge.target,
        selected: entry.selected,
        data: { label, severity: severityOf(entry.diagnostics), simPath: entry.simPath },
        ...(entry.simPath ? { animated: true, zIndex: 1 } : {}),
        ariaLabel: `${edge.source} ${label ? `(${label}) ` : ''}→ ${edge.target}`,
      };
      next.set(edge.id, { ...entry, out: canvasEdge });
      return canvasEdge;
    });
    cache.current.entries = next;
    return out;
  }, [edges, nodes, selectedIds, diagnosticsByEdge, simPathIds, pick]);
}
