'use client';
import { Handle, Position } from '@xyflow/react';
import { type CSSProperties } from 'react';
import { type PortSpec } from '@/core';
import { type usePickLocalized } from '../use-pick-localized';

const handleStyle: CSSProperties = {
  width: 12,
  height: 12,
  background: '#64748b',
  border: '2px solid #fff',
};

/**
 * One source handle per output port, spread evenly along the card's bottom edge with its label
 * above it. A lone `out` port (plain "next") shows no label.
 */
export function NodePorts({
  nodeId,
  ports,
  pick,
}: {
  nodeId: string;
  ports: PortSpec[];
  pick: ReturnType<typeof usePickLocalized>;
}) {
  if (ports.length === 0) return null;
  const labelled = !(ports.length === 1 && ports[0]?.id === 'out');
  return (
    <div className={labelled ? 'flex border-t border-slate-100' : 'flex h-0'}>
      {ports.map((port) => {
        const label = pick(port.label);
        return (
          <div
            key={port.id}
            className={`relative min-w-0 flex-1 text-center ${labelled ? 'px-1 pt-1 pb-2.5' : ''}`}
          >
            {labelled ? (
              <span
                className="block truncate text-[10px] leading-tight font-medium text-slate-500"
                title={label}
              >
                {label}
              </span>
            ) : null}
            <Handle
              type="source"
              position={Position.Bottom}
              id={port.id}
              title={label}
              aria-label={label}
              data-testid={`handle-${nodeId}-${port.id}`}
              style={handleStyle}
            />
          </div>
        );
      })}
    </div>
  );
}
