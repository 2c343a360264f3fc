'use client';
import { type NodeProps } from '@xyflow/react';
import { type ComponentType, memo } from 'react';
import { type FlowNode, type NodeType } from '@/core';
import { type CanvasNode } from '../canvas/canvas-types';
import { type NodeBodyProps } from './bodies/node-body-props';
import { NodeShell } from './node-shell';

/** The React Flow node component of one node type: the shared shell around that type's body. */
export function createNodeView<T extends NodeType>(
  type: T,
  Body: ComponentType<NodeBodyProps<T>>,
): ComponentType<NodeProps<CanvasNode>> {
  // React Flow picks the component by `node.type`, which the canvas sets from `data.node.type`,
  // so the body always receives its own type's node.
  const body = Body as unknown as ComponentType<{ node: FlowNode }>;
  function NodeView({ id, data, selected }: NodeProps<CanvasNode>) {
    return (
      <NodeShell
        id={id}
        node={data.node}
        severity={data.severity}
        problems={data.problems}
        selected={selected}
        Body={body}
      />
    );
  }
  NodeView.displayName = `NodeView(${type})`;
  return memo(NodeView);
}
