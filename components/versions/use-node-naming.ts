'use client';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo } from 'react';
import { type FlowDocument, type FlowNode, nodeCatalogue, portsOf } from '@/core';
import { describeNode } from '@/components/editor/nodes/describe-node';
import { usePickLocalized } from '@/components/editor/use-pick-localized';

export interface NodeNaming {
  /** The node type's label in the UI language ("Send message"). */
  typeLabel: (node: Pick<FlowNode, 'type'>) => string;
  /** The editor's one-line summary of the node. */
  summary: (node: FlowNode) => string;
  /** The node's own label, else its type label; the id when `doc` lacks it. */
  name: (doc: FlowDocument, id: string) => string;
  /** An output port's label ("Next", "Timed out"), else its id. */
  port: (doc: FlowDocument, nodeId: string, portId: string) => string;
}

/** Names nodes and ports the way the editor does (catalogue labels, `describeNode`). */
export function useNodeNaming(): NodeNaming {
  const pick = usePickLocalized();
  const t = useTranslations();
  const typeLabel = useCallback(
    (node: Pick<FlowNode, 'type'>) => pick(nodeCatalogue[node.type].label),
    [pick],
  );
  const summary = useCallback((node: FlowNode) => describeNode(node, t), [t]);
  const name = useCallback(
    (doc: FlowDocument, id: string) => {
      const node = doc.nodes.find((n) => n.id === id);
      return node ? node.label || typeLabel(node) : id;
    },
    [typeLabel],
  );
  const port = useCallback(
    (doc: FlowDocument, nodeId: string, portId: string) => {
      const node = doc.nodes.find((n) => n.id === nodeId);
      const spec = node ? portsOf(node).find((p) => p.id === portId) : undefined;
      return spec ? pick(spec.label) : portId;
    },
    [pick],
  );
  return useMemo(() => ({ typeLabel, summary, name, port }), [typeLabel, summary, name, port]);
}
