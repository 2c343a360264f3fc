'use client';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo, useId } from 'react';
import { type CanvasEdge } from '../canvas/canvas-types';

const colours = {
  normal: '#94a3b8',
  selected: '#059669',
  error: '#dc2626',
  warning: '#d97706',
  simPath: '#2563eb',
} as const;

/**
 * An edge leaving an output port: a rounded step path with an arrow at the target, the port's name
 * as a pill at the midpoint (none for plain "next"), red or amber while the compiler reports it,
 * thick blue (animated by the edge's `animated` flag) while on the simulator's last-step path.
 */
function PortEdgeView({
  id,
  data,
  selected,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  style,
  interactionWidth,
}: EdgeProps<CanvasEdge>) {
  const markerId = `port-edge-arrow-${useId().replace(/[^\w-]/g, '')}`;
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
    borderRadius: 10,
  });
  const severity = data?.severity ?? null;
  const simPath = data?.simPath ?? false;
  const colour = selected
    ? colours.selected
    : simPath
      ? colours.simPath
      : severity
        ? colours[severity]
        : colours.normal;
  const width = simPath ? 3 : selected ? 2.5 : severity ? 2 : 1.5;
  const label = data?.label ?? '';
  return (
    <>
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0 0 10 5 0 10z" fill={colour} />
        </marker>
      </defs>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${markerId})`}
        interactionWidth={interactionWidth ?? 20}
        data-sim-path={simPath ? 'true' : undefined}
        style={{ ...style, stroke: colour, strokeWidth: width }}
      />
      {label ? (
        <EdgeLabelRenderer>
          <div
            className={`nodrag nopan pointer-events-auto absolute max-w-32 truncate rounded-full border bg-white px-1.5 py-0.5 text-[10px] leading-none font-medium shadow-sm ${
              selected ? 'border-brand-500 text-brand-700' : 'border-slate-200 text-slate-600'
            }`}
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              borderColor: severity && !selected ? colour : undefined,
            }}
            data-testid={`edge-label-${id}`}
            title={label}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const PortEdge = memo(PortEdgeView);
