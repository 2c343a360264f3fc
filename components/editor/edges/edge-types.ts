import { type EdgeProps } from '@xyflow/react';
import { type ComponentType } from 'react';
import { type CanvasEdge } from '../canvas/canvas-types';
import { PortEdge } from './port-edge';

/** `<ReactFlow edgeTypes>`: every edge of the document is drawn as a `port` edge. */
export const edgeTypes = { port: PortEdge } satisfies Record<
  CanvasEdge['type'] & string,
  ComponentType<EdgeProps<CanvasEdge>>
>;
