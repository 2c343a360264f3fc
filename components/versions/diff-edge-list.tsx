'use client';
import { useTranslations } from 'next-intl';
import { type FlowDocument, type FlowEdge } from '@/core';
import { type NodeNaming } from './use-node-naming';

/** Connections as "source (port) → target", named from the document they belong to. */
export function DiffEdgeList({
  edges,
  doc,
  added,
  naming,
}: {
  edges: FlowEdge[];
  doc: FlowDocument;
  added: boolean;
  naming: NodeNaming;
}) {
  const t = useTranslations('history.diff');
  return (
    <ul className="flex flex-col gap-1">
      {edges.map((edge) => (
        <li
          key={`${edge.id}|${edge.source}|${edge.sourcePort}|${edge.target}`}
          className={`rounded-md border border-l-4 border-slate-200 bg-white px-3 py-1.5 text-sm ${
            added ? 'border-l-emerald-500' : 'border-l-red-500'
          }`}
        >
          {t('edge', {
            source: naming.name(doc, edge.source),
            port: naming.port(doc, edge.source, edge.sourcePort),
            target: naming.name(doc, edge.target),
          })}
        </li>
      ))}
    </ul>
  );
}
