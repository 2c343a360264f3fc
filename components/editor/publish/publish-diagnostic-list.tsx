'use client';
import { useLocale, useTranslations } from 'next-intl';
import { nodeCatalogue, type Diagnostic } from '@/core';
import { ProblemRow } from '../panels/problem-row';
import { useEditorStoreApi } from '../store/editor-store-context';
import { usePickLocalized } from '../use-pick-localized';

export interface PublishDiagnosticListProps {
  title: string;
  diagnostics: Diagnostic[];
  /** Closes the dialog and focuses the finding's node (an edge finding: the edge). */
  onFocus: (target: { nodeId?: string; edgeId?: string }) => void;
}

/**
 * Compiler findings in the publish dialog, rendered by the problems panel's own row (same
 * translation, same look); each row with a node or edge is a button that shows it on the canvas.
 */
export function PublishDiagnosticList({ title, diagnostics, onFocus }: PublishDiagnosticListProps) {
  const t = useTranslations('editorPanels');
  const zh = useLocale() === 'zh-CN';
  const pick = usePickLocalized();
  const { doc } = useEditorStoreApi().getState();
  if (diagnostics.length === 0) return null;

  const nodeOf = (diagnostic: Diagnostic) => {
    const id = diagnostic.nodeId ?? doc.edges.find((e) => e.id === diagnostic.edgeId)?.source;
    const node = id ? doc.nodes.find((n) => n.id === id) : undefined;
    return node ? { id: node.id, name: node.label || pick(nodeCatalogue[node.type].label) } : undefined;
  };

  return (
    <section aria-label={title} className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      <ul className="max-h-48 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
        {diagnostics.map((diagnostic, index) => {
          const { nodeId, edgeId } = diagnostic;
          return (
            <li key={`${diagnostic.code}-${nodeId ?? ''}-${edgeId ?? ''}-${index}`}>
              <ProblemRow
                diagnostic={diagnostic}
                message={zh ? diagnostic.messageZh : diagnostic.message}
                node={nodeOf(diagnostic)}
                severityLabel={diagnostic.severity === 'error' ? t('severityError') : t('severityWarning')}
                onActivate={nodeId || edgeId ? () => onFocus({ nodeId, edgeId }) : undefined}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
