'use client';
import { useTranslations } from 'next-intl';
import { useNodeNames } from '../use-node-names';

/** A node's name as a link that focuses the node on the canvas. */
export function NodeLink({ nodeId, onFocusNode }: { nodeId: string; onFocusNode: (nodeId: string) => void }) {
  const t = useTranslations('simulator.inspect');
  const name = useNodeNames().nameOf(nodeId);
  return (
    <button
      type="button"
      data-testid="sim-node-link"
      data-node-id={nodeId}
      title={t('focusNode')}
      onClick={() => onFocusNode(nodeId)}
      className="max-w-full truncate rounded px-1 font-medium text-blue-700 underline decoration-blue-300 underline-offset-2 hover:bg-blue-50"
    >
      {name}
    </button>
  );
}
