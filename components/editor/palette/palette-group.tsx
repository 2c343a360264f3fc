'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { type NodeGroup, type NodeType } from '@/core';
import { PaletteItem } from './palette-item';

interface PaletteGroupProps {
  group: NodeGroup;
  types: NodeType[];
  onAdd: (type: NodeType) => void;
  /** While searching every group is shown open, whatever the user collapsed. */
  forceOpen: boolean;
}

/** A collapsible palette section. */
export function PaletteGroup({ group, types, onAdd, forceOpen }: PaletteGroupProps) {
  const t = useTranslations('editorPalette');
  const [open, setOpen] = useState(true);
  const listId = useId();
  const expanded = open || forceOpen;
  return (
    <section data-testid={`palette-group-${group}`}>
      <h3>
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          disabled={forceOpen}
          onClick={() => setOpen((value) => !value)}
          className="flex w-full items-center gap-1 rounded px-1 py-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:cursor-default"
        >
          <svg
            viewBox="0 0 16 16"
            aria-hidden="true"
            className={`h-3 w-3 transition-transform ${expanded ? 'rotate-90' : ''}`}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
          >
            <path d="m6 4 4 4-4 4" />
          </svg>
          {t(`groups.${group}`)}
          <span className="ml-auto font-normal text-slate-400">{types.length}</span>
        </button>
      </h3>
      {expanded ? (
        <ul id={listId} className="mt-1 space-y-1.5">
          {types.map((type) => (
            <li key={type}>
              <PaletteItem type={type} onAdd={onAdd} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
