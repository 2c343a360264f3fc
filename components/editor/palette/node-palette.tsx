'use client';
import { useTranslations } from 'next-intl';
import { useDeferredValue, useMemo, useState } from 'react';
import { type NodeType } from '@/core';
import { groupNodeTypes } from './group-node-types';
import { matchNodeType } from './match-node-type';
import { PaletteGroup } from './palette-group';

export interface NodePaletteProps {
  /** Adds a node of `type` (the canvas places it at the viewport centre). */
  onAdd: (type: NodeType) => void;
  /** Viewers cannot add nodes: the palette is not shown. */
  readOnly?: boolean;
  className?: string;
}

/**
 * The content of the left panel (the caller gives it width, border and scrolling): every node type
 * by group, searchable, draggable onto the canvas.
 */
export function NodePalette({ onAdd, readOnly = false, className = '' }: NodePaletteProps) {
  const t = useTranslations('editorPalette');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const groups = useMemo(() => groupNodeTypes((type) => matchNodeType(type, deferredQuery)), [deferredQuery]);
  if (readOnly) return null;
  const searching = deferredQuery.trim() !== '';
  return (
    <div
      role="region"
      aria-label={t('title')}
      data-testid="node-palette"
      className={`flex h-full w-full flex-col ${className}`}
    >
      <div className="sticky top-0 z-10 space-y-2 border-b border-slate-200 bg-white p-3">
        <h2 className="text-sm font-semibold text-slate-900">{t('title')}</h2>
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.stopPropagation();
              setQuery('');
            }
          }}
          placeholder={t('searchPlaceholder')}
          aria-label={t('search')}
          data-testid="palette-search"
          className="h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-1 focus:ring-brand-500 focus:outline-none"
        />
        <p className="text-[11px] text-slate-500">{t('hint')}</p>
      </div>
      <div className="flex-1 space-y-3 overflow-y-auto p-3">
        {groups.map(({ group, types }) => (
          <PaletteGroup key={group} group={group} types={types} onAdd={onAdd} forceOpen={searching} />
        ))}
        {groups.length === 0 ? (
          <p className="px-1 text-sm text-slate-500" role="status">
            {t('noResults', { query: deferredQuery.trim() })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
