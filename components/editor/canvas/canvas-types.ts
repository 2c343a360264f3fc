import { type Edge, type Node } from '@xyflow/react';
import { type FlowNode, type NodeType } from '@/core';

export type Severity = 'error' | 'warning' | null;

/** What a node component receives: the document node itself, its selection and its worst finding. */
export interface CanvasNodeData extends Record<string, unknown> {
  node: FlowNode;
  severity: Severity;
  /** Number of diagnostics on the node (badge count). */
  problems: number;
}

export type CanvasNode = Node<CanvasNodeData, NodeType>;

export interface CanvasEdgeData extends Record<string, unknown> {
  /** The source port's label in the UI language ("Next" edges show no label). */
  label: string;
  severity: Severity;
  /** On the simulator's last-step path: drawn thicker, in the trace colour, animated. */
  simPath: boolean;
}

export type CanvasEdge = Edge<CanvasEdgeData, 'port'>;

/** dataTransfer type the palette sets when a node type is dragged onto the canvas. */
export const NODE_DRAG_MIME = 'application/x-replyflow-node';
