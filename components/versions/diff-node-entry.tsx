'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { type FieldChange, type FlowNode } from '@/core';
import { FieldChangeTable } from './field-change-table';
import { type NodeNaming } from './use-node-naming';

const marks = {
  added: { sign: '+', className: 'border-l-emerald-500' },
  removed: { sign: '−', className: 'border-l-red-500' },
  changed: { sign: '~', className: 'border-l-amber-500' },
  moved: { sign: '↔', className: 'border-l-sky-500' },
} as const;

/**
 * One node of the diff list: type, label, the editor's summary and (when changed) its field changes.
 * Scrolls into view and shows a ring when `highlighted` (a click on the visual compare).
 */
export function DiffNodeEntry({
  node,
  status,
  fields,
  naming,
  highlighted,
}: {
  node: FlowNode;
  status: keyof typeof marks;
  fields?: FieldChange[];
  naming: NodeNaming;
  highlighted: boolean;
}) {
  const t = useTranslations('history.legend');
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlighted]);
  const mark = marks[status];
  return (
    <li
      ref={ref}
      data-node-id={node.id}
      aria-current={highlighted ? 'true' : undefined}
      className={`rounded-md border border-l-4 border-slate-200 bg-white px-3 py-2 ${mark.className} ${
        highlighted ? 'ring-2 ring-brand-500' : ''
      }`}
    >
      <div className="flex items-baseline gap-2">
        <span aria-label={t(status)} className="w-3 font-mono font-semibold text-slate-500">
          {mark.sign}
        </span>
        <span className="text-xs font-medium text-slate-500 uppercase">{naming.typeLabel(node)}</span>
        {node.label ? <span className="font-semibold text-slate-900">{node.label}</span> : null}
        <span className="font-mono text-xs text-slate-400">{node.id}</span>
      </div>
      <p className="mt-0.5 pl-5 text-sm break-words text-slate-600">{naming.summary(node)}</p>
      {fields && fields.length > 0 ? (
        <div className="pl-5">
          <FieldChangeTable fields={fields} />
        </div>
      ) : null}
    </li>
  );
}
