'use client';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { type CompareStatus } from './compare-graph';
import { compareStatusStyle } from './compare-status-style';

export type CompareNodeData = { status: CompareStatus; typeLabel: string; label?: string; summary: string };
export type CompareCanvasNode = Node<CompareNodeData, 'compare'>;

const hidden = { opacity: 0, pointerEvents: 'none' } as const;

function CompareNodeView({ data }: NodeProps<CompareCanvasNode>) {
  const t = useTranslations('history.legend');
  const style = compareStatusStyle[data.status];
  const clickable = data.status !== 'unchanged';
  return (
    <div
      role="group"
      aria-label={`${t(data.status)}: ${data.typeLabel}${data.label ? ` ${data.label}` : ''}`}
      className={`w-56 rounded-lg px-3 py-2 text-left shadow-sm ${style.card} ${clickable ? 'cursor-pointer' : ''}`}
    >
      <Handle type="target" position={Position.Top} style={hidden} isConnectable={false} />
      <div className="flex items-center gap-1.5">
        {style.sign ? <span className="font-mono text-sm font-bold text-slate-700">{style.sign}</span> : null}
        <span className="truncate text-[10px] font-medium text-slate-500 uppercase">{data.typeLabel}</span>
      </div>
      {data.label ? <div className="truncate text-sm font-semibold text-slate-900">{data.label}</div> : null}
      <p className="line-clamp-2 text-xs break-words text-slate-600">{data.summary}</p>
      <Handle type="source" position={Position.Bottom} style={hidden} isConnectable={false} />
    </div>
  );
}

/** A read-only card of the visual compare, styled by its diff status (not the editor's node card). */
export const DiffCanvasNode = memo(CompareNodeView);
