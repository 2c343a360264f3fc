'use client';
import { Background, Controls, type Edge, MarkerType, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { type FlowDiff, type FlowDocument } from '@/core';
import { compareGraph } from './compare-graph';
import { compareStatusStyle } from './compare-status-style';
import { type CompareCanvasNode, DiffCanvasNode } from './diff-canvas-node';
import { DiffLegend } from './diff-legend';
import { useNodeNaming } from './use-node-naming';

const nodeTypes = { compare: DiffCanvasNode };

/**
 * The visual compare: both documents on one read-only canvas (nodes at their new positions, removed
 * ones where they were), coloured by what changed. Clicking a node that changed calls `onPick`.
 */
export function DiffCanvas({
  before,
  after,
  diff,
  onPick,
}: {
  before: FlowDocument;
  after: FlowDocument;
  diff: FlowDiff;
  onPick: (nodeId: string) => void;
}) {
  const t = useTranslations('history.canvas');
  const naming = useNodeNaming();
  const { nodes, edges } = useMemo(() => {
    const graph = compareGraph({ before, after, diff });
    const nodes: CompareCanvasNode[] = graph.nodes.map((n) => ({
      id: n.id,
      type: 'compare',
      position: n.position,
      data: {
        status: n.status,
        typeLabel: naming.typeLabel(n.node),
        label: n.node.label,
        summary: naming.summary(n.node),
      },
    }));
    const edges: Edge[] = graph.edges.map((e) => {
      const stroke = compareStatusStyle[e.status].stroke;
      const port =
        e.edge.sourcePort === 'out'
          ? undefined
          : naming.port(e.status === 'removed' ? before : after, e.edge.source, e.edge.sourcePort);
      return {
        id: e.id,
        source: e.edge.source,
        target: e.edge.target,
        type: 'smoothstep',
        label: port,
        markerEnd: { type: MarkerType.ArrowClosed, color: stroke },
        style: {
          stroke,
          strokeWidth: e.status === 'unchanged' ? 1.5 : 2.5,
          ...(e.status === 'removed' ? { strokeDasharray: '6 4' } : {}),
        },
      };
    });
    return { nodes, edges };
  }, [before, after, diff, naming]);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <DiffLegend />
        <p className="text-xs text-slate-500">{t('hint')}</p>
      </div>
      <div
        aria-label={t('label')}
        role="region"
        className="h-[520px] rounded-xl border border-slate-200 bg-slate-50"
      >
        <ReactFlowProvider>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable
            edgesFocusable={false}
            fitView
            fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
            minZoom={0.1}
            proOptions={{ hideAttribution: true }}
            onNodeClick={(_, node) => {
              if (node.data.status !== 'unchanged') onPick(node.id);
            }}
          >
            <Background />
            <Controls showInteractive={false} />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
    </div>
  );
}
