'use client';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { draftToCanvas } from './draft-to-canvas';

/** Read-only canvas of a draft; the flow editor issue turns it into the editor. */
export function FlowCanvas({ draft }: { draft: unknown }) {
  const t = useTranslations('editor');
  const { nodes, edges } = useMemo(() => draftToCanvas(draft), [draft]);
  return (
    <div className="relative h-full w-full" aria-label={t('canvas')} role="region">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable />
      </ReactFlow>
      {nodes.length === 0 ? (
        <div className="pointer-events-none absolute inset-0 flex items-center justify-center p-6">
          <div className="max-w-sm rounded-xl border border-slate-200 bg-white/95 p-6 text-center shadow-sm">
            <h2 className="text-base font-semibold text-slate-900">{t('emptyTitle')}</h2>
            <p className="mt-1 text-sm text-slate-500">{t('emptyDescription')}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
