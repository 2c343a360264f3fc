'use client';
import { Handle, Position } from '@xyflow/react';
import { useTranslations } from 'next-intl';
import { type ComponentType, type CSSProperties, memo, useMemo } from 'react';
import { type FlowNode, nodeCatalogue, portsOf } from '@/core';
import { type Severity } from '../canvas/canvas-types';
import { type SimulationTrace } from '../store/editor-state';
import { useEditorStore } from '../store/editor-store-context';
import { usePickLocalized } from '../use-pick-localized';
import { describeNode } from './describe-node';
import { DiagnosticsBadge } from './diagnostics-badge';
import { groupStyle } from './group-style';
import { NodeIcon } from './node-icon';
import { NodePorts } from './node-ports';

export interface NodeShellProps {
  id: string;
  node: FlowNode;
  severity: Severity;
  problems: number;
  selected: boolean;
  /** Renders the summary of `node`; the caller guarantees it matches `node.type`. */
  Body: ComponentType<{ node: FlowNode }>;
}

const targetStyle: CSSProperties = { width: 12, height: 12, background: '#94a3b8', border: '2px solid #fff' };

const borderBySeverity = { error: 'border-red-400', warning: 'border-amber-400' } as const;

const pathSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Whether the simulator's last step went through node `id`: O(1), so every card can subscribe cheaply. */
function onTracePath(trace: SimulationTrace | null, id: string): boolean {
  if (!trace) return false;
  let set = pathSets.get(trace.pathNodeIds);
  if (!set) pathSets.set(trace.pathNodeIds, (set = new Set(trace.pathNodeIds)));
  return set.has(id);
}

const traceRing = {
  active: 'outline-3 outline-offset-2 outline-blue-600',
  path: 'outline-2 outline-offset-2 outline-blue-300',
} as const;

function NodeShellView({ id, node, severity, problems, selected, Body }: NodeShellProps) {
  const pick = usePickLocalized();
  const t = useTranslations();
  const definition = nodeCatalogue[node.type];
  const style = groupStyle[definition.group];
  const typeLabel = pick(definition.label);
  const summary = useMemo(() => describeNode(node, t), [node, t]);
  const ports = useMemo(() => portsOf(node), [node]);
  const border = severity ? borderBySeverity[severity] : 'border-slate-200';
  // Read here rather than through the node's data: only the cards whose flag changes re-render.
  const simActive = useEditorStore((s) => s.simulationTrace?.activeNodeId === id);
  const simPath = useEditorStore((s) => onTracePath(s.simulationTrace, id));
  const trace = simActive ? 'active' : simPath ? 'path' : null;
  return (
    <div
      role="group"
      aria-label={`${typeLabel}: ${summary}`}
      data-testid={`node-${node.type}`}
      data-node-id={id}
      data-sim-active={simActive ? 'true' : undefined}
      data-sim-path={simPath ? 'true' : undefined}
      className={`relative w-60 rounded-lg border bg-white text-left shadow-sm ${border} ${
        selected ? 'ring-2 ring-brand-500 ring-offset-1' : ''
      } ${trace ? traceRing[trace] : ''}`}
    >
      {trace === 'active' ? (
        <span
          aria-hidden
          className="pointer-events-none absolute -inset-2 animate-pulse rounded-xl border-4 border-blue-400/70"
        />
      ) : null}
      {definition.entry ? null : (
        <Handle type="target" position={Position.Top} data-testid={`handle-${id}-in`} style={targetStyle} />
      )}
      <DiagnosticsBadge severity={severity} problems={problems} />
      <div className={`flex items-center gap-2 rounded-t-lg px-3 py-1.5 ${style.header}`}>
        <span className={`flex h-6 w-6 shrink-0 items-center justify-center rounded ${style.icon}`}>
          <NodeIcon type={node.type} className="h-3.5 w-3.5" />
        </span>
        <div className="min-w-0 flex-1 leading-tight">
          <div
            className={
              node.label
                ? 'truncate text-[10px] font-medium uppercase opacity-75'
                : 'truncate text-xs font-semibold'
            }
          >
            {typeLabel}
          </div>
          {node.label ? (
            <div className="truncate text-sm font-semibold text-slate-900">{node.label}</div>
          ) : null}
        </div>
      </div>
      <div className="px-3 py-2 text-xs text-slate-700">
        <Body node={node} />
      </div>
      <NodePorts nodeId={id} ports={ports} pick={pick} />
    </div>
  );
}

/** Position changes (dragging) replace the node object but leave what the card shows untouched. */
function sameCard(a: NodeShellProps, b: NodeShellProps): boolean {
  return (
    a.id === b.id &&
    a.severity === b.severity &&
    a.problems === b.problems &&
    a.selected === b.selected &&
    a.Body === b.Body &&
    a.node.type === b.node.type &&
    a.node.label === b.node.label &&
    a.node.data === b.node.data
  );
}

/** The card every node type shares: header, body, diagnostics badge, handles. */
export const NodeShell = memo(NodeShellView, sameCard);
