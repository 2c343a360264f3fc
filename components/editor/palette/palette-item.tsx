'use client';
import { type DragEvent, memo, useId } from 'react';
import { nodeCatalogue, type NodeType } from '@/core';
import { NODE_DRAG_MIME } from '../canvas/canvas-types';
import { groupStyle } from '../nodes/group-style';
import { NodeIcon } from '../nodes/node-icon';
import { usePickLocalized } from '../use-pick-localized';

/** A node type in the palette: drag it onto the canvas, or click / press Enter to add it. */
function PaletteItemView({ type, onAdd }: { type: NodeType; onAdd: (type: NodeType) => void }) {
  const pick = usePickLocalized();
  const descriptionId = useId();
  const definition = nodeCatalogue[type];
  const style = groupStyle[definition.group];
  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(NODE_DRAG_MIME, type);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <button
      type="button"
      draggable
      onDragStart={onDragStart}
      onClick={() => onAdd(type)}
      aria-describedby={descriptionId}
      data-testid={`palette-${type}`}
      className={`group flex w-full cursor-grab items-start gap-2 rounded-md border-l-4 bg-white px-2 py-1.5 text-left shadow-sm ring-1 ring-slate-200 transition-colors hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 active:cursor-grabbing ${style.accent}`}
    >
      <span className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded ${style.icon}`}>
        <NodeIcon type={type} className="h-3.5 w-3.5" />
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium text-slate-900">{pick(definition.label)}</span>
        <span id={descriptionId} className="line-clamp-2 block text-[11px] leading-snug text-slate-500">
          {pick(definition.description)}
        </span>
      </span>
    </button>
  );
}

export const PaletteItem = memo(PaletteItemView);
