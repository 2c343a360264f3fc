import { type EdgeChange, type NodeChange } from '@xyflow/react';
import { type EditorState } from '../store/editor-state';
import { type CanvasEdge, type CanvasNode } from './canvas-types';

/**
 * Turns React Flow's change events into store actions: moves (one undo step per drag), selection
 * and measured sizes. Removals are ignored here; deleting goes through the keyboard shortcuts and
 * toolbar, which call the store directly.
 */
export function applyCanvasChanges(
  state: EditorState,
  changes: { nodeChanges?: NodeChange<CanvasNode>[]; edgeChanges?: EdgeChange<CanvasEdge>[] },
): void {
  const moves: Array<{ id: string; position: { x: number; y: number } }> = [];
  let dragging = false;
  let dragEnded = false;
  const sizes: Record<string, { width: number; height: number }> = {};
  let nodeSelection: Set<string> | null = null;
  for (const change of changes.nodeChanges ?? []) {
    if (change.type === 'position') {
      if (change.position) moves.push({ id: change.id, position: change.position });
      if (change.dragging) dragging = true;
      else dragEnded = true;
    } else if (change.type === 'dimensions' && change.dimensions) {
      sizes[change.id] = { width: change.dimensions.width, height: change.dimensions.height };
    } else if (change.type === 'select') {
      nodeSelection ??= new Set(state.selectedNodeIds);
      if (change.selected) nodeSelection.add(change.id);
      else nodeSelection.delete(change.id);
    }
  }
  let edgeSelection: Set<string> | null = null;
  for (const change of changes.edgeChanges ?? []) {
    if (change.type !== 'select') continue;
    edgeSelection ??= new Set(state.selectedEdgeIds);
    if (change.selected) edgeSelection.add(change.id);
    else edgeSelection.delete(change.id);
  }
  if (Object.keys(sizes).length > 0) state.setSizes(sizes);
  if (moves.length > 0 || dragEnded) state.moveNodes(moves, { dragging: dragging && !dragEnded });
  if (nodeSelection || edgeSelection) {
    state.select({
      nodeIds: nodeSelection ? [...nodeSelection] : state.selectedNodeIds,
      edgeIds: edgeSelection ? [...edgeSelection] : state.selectedEdgeIds,
      mode: 'replace',
    });
  }
}
