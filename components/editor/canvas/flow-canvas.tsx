'use client';
import {
  Background,
  BackgroundVariant,
  type Connection,
  ConnectionLineType,
  Controls,
  type EdgeChange,
  type FinalConnectionState,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslations } from 'next-intl';
import { type DragEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import { nodeCatalogue, type NodeType } from '@/core';
import { edgeTypes } from '../edges/edge-types';
import { groupStyle } from '../nodes/group-style';
import { nodeTypes } from '../nodes/node-types';
import { connectionProblem } from '../store/doc-ops';
import { useEditorStore, useEditorStoreApi } from '../store/editor-store-context';
import { type XY } from '../store/editor-state';
import { type CanvasEdge, type CanvasNode, NODE_DRAG_MIME } from './canvas-types';
import { applyCanvasChanges } from './apply-canvas-changes';
import { QuickAddMenu } from './quick-add-menu';
import { useCanvasEdges } from './use-canvas-edges';
import { useCanvasNodes } from './use-canvas-nodes';

const GRID = 20;
const LARGE_FLOW = 150;
const OPEN_ON_FIRST = 25;
/** Where a dropped node's top-left goes relative to the pointer (roughly centres the card). */
const DROP_OFFSET = { x: 120, y: 30 };

interface QuickAdd {
  client: XY;
  flow: XY;
  from: { nodeId: string; port: string };
}

/**
 * The canvas: React Flow in controlled mode over the editor store. Moves, selection, measured sizes
 * and connections become store actions; nodes dropped from the palette are created (or inserted
 * into the edge they land on); a connection dragged into empty space opens the quick-add menu.
 */
export function FlowCanvas({
  children,
  onPointerFlowPosition,
}: {
  children?: ReactNode;
  onPointerFlowPosition?: (p: XY | undefined) => void;
}) {
  const t = useTranslations('editor');
  const store = useEditorStoreApi();
  const readOnly = useEditorStore((s) => s.readOnly);
  const isEmpty = useEditorStore((s) => s.doc.nodes.length === 0);
  const nodes = useCanvasNodes();
  const edges = useCanvasEdges();
  const { screenToFlowPosition } = useReactFlow();
  const [quickAdd, setQuickAdd] = useState<QuickAdd | null>(null);
  // Fit a flow that opens with nodes; an empty one keeps its viewport so the first drop does not jump.
  const [fitOnOpen] = useState(() => store.getState().doc.nodes.length > 0);
  // A large flow opens on its first nodes at a readable zoom (the minimap shows the rest), so only
  // the visible few dozen nodes mount instead of all of them.
  const [openView] = useState(() => {
    const nodes = store.getState().doc.nodes;
    return nodes.length > LARGE_FLOW
      ? { maxZoom: 1, padding: 0.2, nodes: nodes.slice(0, OPEN_ON_FIRST).map((n) => ({ id: n.id })) }
      : { maxZoom: 1, padding: 0.2 };
  });
  const wrapper = useRef<HTMLDivElement>(null);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => applyCanvasChanges(store.getState(), { nodeChanges: changes }),
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<CanvasEdge>[]) => applyCanvasChanges(store.getState(), { edgeChanges: changes }),
    [store],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (c.sourceHandle)
        store.getState().connect({ source: c.source, sourcePort: c.sourceHandle, target: c.target });
    },
    [store],
  );
  const isValidConnection = useCallback(
    (c: Connection | CanvasEdge) =>
      Boolean(c.sourceHandle) &&
      connectionProblem(store.getState().doc, {
        source: c.source,
        sourcePort: c.sourceHandle ?? '',
        target: c.target,
      }) === null,
    [store],
  );
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode || state.fromHandle?.type !== 'source' || !state.fromHandle.id)
        return;
      if (store.getState().readOnly) return;
      // Only a drop on empty canvas opens the menu (not on a node that refused the connection).
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('.react-flow__pane')) return;
      const point = 'changedTouches' in event ? event.changedTouches[0]! : event;
      const client = { x: point.clientX, y: point.clientY };
      setQuickAdd({
        client,
        flow: screenToFlowPosition(client),
        from: { nodeId: state.fromNode.id, port: state.fromHandle.id },
      });
    },
    [store, screenToFlowPosition],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(NODE_DRAG_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(NODE_DRAG_MIME);
      if (!(type in nodeCatalogue) || store.getState().readOnly) return;
      event.preventDefault();
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const position = snap({ x: at.x - DROP_OFFSET.x, y: at.y - DROP_OFFSET.y });
      const edgeId = edgeUnder(event.clientX, event.clientY);
      const s = store.getState();
      if (edgeId) s.insertNodeOnEdge({ type: type as NodeType, position, edgeId });
      else s.addNode({ type: type as NodeType, position });
    },
    [store, screenToFlowPosition],
  );

  return (
    <div
      ref={wrapper}
      className="relative h-full w-full"
      role="region"
      aria-label={t('canvas')}
      data-testid="flow-canvas"
      onPointerMove={(e) => onPointerFlowPosition?.(screenToFlowPosition({ x: e.clientX, y: e.clientY }))}
      onPointerLeave={() => onPointerFlowPosition?.(undefined)}
    >
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onPaneClick={() => setQuickAdd(null)}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        snapToGrid
        snapGrid={[GRID, GRID]}
        connectionLineType={ConnectionLineType.SmoothStep}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements
        fitView={fitOnOpen}
        fitViewOptions={openView}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.5} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={3} ariaLabel={t('minimap')} />
      </ReactFlow>
      {children}
      {isEmpty ? (
        <div className="pointer-events-none absolute inset-0 flex items-center justify-center p-6">
          <div className="max-w-sm rounded-xl border border-dashed border-slate-300 bg-white/95 p-6 text-center shadow-sm">
            <h2 className="text-base font-semibold text-slate-900">{t('emptyTitle')}</h2>
            <p className="mt-1 text-sm text-slate-500">
              {readOnly ? t('emptyReadOnly') : t('emptyDescription')}
            </p>
          </div>
        </div>
      ) : null}
      {quickAdd ? (
        <QuickAddMenu
          position={quickAdd.client}
          onClose={() => setQuickAdd(null)}
          onPick={(type: NodeType) => {
            store.getState().addConnectedNode({
              type,
              position: snap({ x: quickAdd.flow.x - DROP_OFFSET.x, y: quickAdd.flow.y }),
              from: quickAdd.from,
            });
            setQuickAdd(null);
          }}
        />
      ) : null}
    </div>
  );
}

const snap = (p: XY): XY => ({ x: Math.round(p.x / GRID) * GRID, y: Math.round(p.y / GRID) * GRID });

/** The id of the edge drawn under a client point, if any (its wide invisible hit path counts). */
function edgeUnder(x: number, y: number): string | null {
  for (const element of document.elementsFromPoint(x, y)) {
    const edge = element.closest('.react-flow__edge');
    const id = edge?.getAttribute('data-id');
    if (id) return id;
  }
  return null;
}

function minimapColor(node: CanvasNode): string {
  if (node.data.severity === 'error') return '#dc2626';
  return groupStyle[nodeCatalogue[node.data.node.type].group].hex;
}
