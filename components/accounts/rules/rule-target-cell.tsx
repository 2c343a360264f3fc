'use client';
import { nodeCatalogue, type NodeType } from '@/core';
import { usePickLocalized } from '@/components/editor/use-pick-localized';
import type { ReplyRule } from '../overview/deployment-rows';

const isNodeType = (type: string): type is NodeType => Object.hasOwn(nodeCatalogue, type);

/** Where a rule leads: the node type in the user's language, then its label or first text (truncated). */
export function RuleTargetCell({ target }: { target: ReplyRule['target'] }) {
  const pick = usePickLocalized();
  if (!target) return <span className="text-slate-400">—</span>;
  const typeLabel = isNodeType(target.type) ? pick(nodeCatalogue[target.type].label) : target.type;
  const detail = target.label ?? target.text;
  return (
    <div className="flex max-w-64 flex-col">
      <span className="text-xs font-medium text-slate-500">{typeLabel}</span>
      {detail ? (
        <span className="truncate text-slate-800" title={detail}>
          {detail}
        </span>
      ) : null}
    </div>
  );
}
