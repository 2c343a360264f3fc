'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { nodeCatalogue } from '@/core';
import { useEditorStore } from '../store/editor-store-context';
import { type EditorState } from '../store/editor-state';
import { usePickLocalized } from '../use-pick-localized';
import { ProblemRow } from './problem-row';
import { ToolbarIcon } from './toolbar-icon';

export interface ProblemsPanelProps {
  onFocusNode: (nodeId: string) => void;
  onFocusEdge: (edgeId: string) => void;
  /** Controlled expansion (e.g. the compile status badge opens it); uncontrolled when omitted. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  className?: string;
}

/** `edgeId → source node id` for the edges that diagnostics mention. */
function selectEdgeSources(state: EditorState): Record<string, string> {
  const wanted = new Set(state.diagnostics.map((d) => d.edgeId).filter(Boolean));
  const sources: Record<string, string> = {};
  if (wanted.size === 0) return sources;
  for (const edge of state.doc.edges) if (wanted.has(edge.id)) sources[edge.id] = edge.source;
  return sources;
}

/**
 * The compiler's findings for the draft, errors first, in the UI language. Each row names the node
 * it concerns and focuses it (or the edge) on click or Enter.
 */
export function ProblemsPanel({
  onFocusNode,
  onFocusEdge,
  open,
  onOpenChange,
  className = '',
}: ProblemsPanelProps) {
  const t = useTranslations('editorPanels');
  const zh = useLocale() === 'zh-CN';
  const pick = usePickLocalized();
  const [openState, setOpenState] = useState(true);
  const expanded = open ?? openState;
  const listId = useId();

  const diagnostics = useEditorStore((state) => state.diagnostics);
  const compiles = useEditorStore((state) => state.compiles);
  const edgeSources = useEditorStore(useShallow(selectEdgeSources));
  const nodeNames = useEditorStore(
    useShallow((state: EditorState) => {
      const sources = selectEdgeSources(state);
      const wanted = new Set<string>();
      for (const d of state.diagnostics) {
        if (d.nodeId) wanted.add(d.nodeId);
        else if (d.edgeId) wanted.add(sources[d.edgeId] ?? '');
      }
      const names: Record<string, string> = {};
      for (const node of state.doc.nodes) {
        if (wanted.has(node.id)) names[node.id] = node.label || pick(nodeCatalogue[node.type].label);
      }
      return names;
    }),
  );

  const sorted = useMemo(
    () => [
      ...diagnostics.filter((d) => d.severity === 'error'),
      ...diagnostics.filter((d) => d.severity === 'warning'),
    ],
    [diagnostics],
  );
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const warnings = sorted.length - errors;

  const toggle = () => {
    setOpenState(!expanded);
    onOpenChange?.(!expanded);
  };

  return (
    <section
      data-testid="problems-panel"
      aria-label={t('problems')}
      className={`flex min-h-0 flex-col border-t border-slate-200 bg-white ${className}`}
    >
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={toggle}
        className="flex w-full items-center gap-2 px-3 py-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-slate-400"
      >
        <ToolbarIcon
          name="chevron"
          className={`size-4 text-slate-500 transition-transform ${expanded ? '' : '-rotate-90'}`}
        />
        <span className="text-sm font-semibold text-slate-900">{t('problems')}</span>
        <span data-testid="problems-counts" className="text-xs text-slate-500">
          {t('errorCount', { count: errors })} · {t('warningCount', { count: warnings })}
        </span>
        <span
          data-testid="problems-status"
          className={`ml-auto truncate text-xs ${compiles ? 'text-emerald-700' : 'text-red-700'}`}
        >
          {compiles ? t('statusCompiles') : t('statusErrors')}
        </span>
      </button>
      {expanded ? (
        <div id={listId} className="min-h-0 overflow-y-auto border-t border-slate-100">
          {sorted.length === 0 ? (
            <p className="px-3 py-3 text-sm text-slate-500">{t('noProblems')}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {sorted.map((diagnostic, index) => {
                const nodeId =
                  diagnostic.nodeId ?? (diagnostic.edgeId ? edgeSources[diagnostic.edgeId] : undefined);
                const name = nodeId ? nodeNames[nodeId] : undefined;
                const { edgeId } = diagnostic;
                const focus = diagnostic.nodeId
                  ? () => onFocusNode(diagnostic.nodeId as string)
                  : edgeId
                    ? () => onFocusEdge(edgeId)
                    : undefined;
                return (
                  <li
                    key={`${diagnostic.code}-${diagnostic.nodeId ?? ''}-${diagnostic.edgeId ?? ''}-${index}`}
                  >
                    <ProblemRow
                      diagnostic={diagnostic}
                      message={zh ? diagnostic.messageZh : diagnostic.message}
                      node={nodeId && name !== undefined ? { id: nodeId, name } : undefined}
                      severityLabel={
                        diagnostic.severity === 'error' ? t('severityError') : t('severityWarning')
                      }
                      onActivate={focus}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}
