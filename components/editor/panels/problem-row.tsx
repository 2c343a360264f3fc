import { type Diagnostic } from '@/core';
import { ToolbarIcon } from './toolbar-icon';

export interface ProblemRowProps {
  diagnostic: Diagnostic;
  /** The message in the UI language. */
  message: string;
  /** The node the finding concerns (an edge finding: the edge's source node), if any. */
  node?: { id: string; name: string };
  severityLabel: string;
  /** Absent when the finding concerns neither a node nor an edge: the row is then plain text. */
  onActivate?: () => void;
}

/** One finding of the problems panel; a button that focuses its node or edge when it has one. */
export function ProblemRow({ diagnostic, message, node, severityLabel, onActivate }: ProblemRowProps) {
  const error = diagnostic.severity === 'error';
  const content = (
    <>
      <span className={error ? 'text-red-600' : 'text-amber-600'} title={severityLabel}>
        <ToolbarIcon name={error ? 'error' : 'warning'} className="mt-0.5 size-4 shrink-0" />
        <span className="sr-only">{severityLabel}: </span>
      </span>
      <span className="min-w-0 flex-1">
        <span className="block text-sm text-slate-800">{message}</span>
        {node ? (
          <span className="mt-0.5 block truncate text-xs text-slate-500">
            {node.name} <code className="text-[11px] text-slate-400">{node.id}</code>
          </span>
        ) : null}
      </span>
    </>
  );
  const shared = {
    'data-testid': `problem-${diagnostic.code}`,
    'data-node-id': diagnostic.nodeId ?? node?.id,
    'data-edge-id': diagnostic.edgeId,
    'data-severity': diagnostic.severity,
  };
  return onActivate ? (
    <button
      type="button"
      {...shared}
      onClick={onActivate}
      className="flex w-full items-start gap-2 px-3 py-2 text-left hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-slate-400"
    >
      {content}
    </button>
  ) : (
    <div {...shared} className="flex w-full items-start gap-2 px-3 py-2">
      {content}
    </div>
  );
}
