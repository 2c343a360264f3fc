'use client';
import { useTranslations } from 'next-intl';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { nodeCatalogue, type NodeType } from '@/core';
import { groupStyle } from '../nodes/group-style';
import { NodeIcon } from '../nodes/node-icon';
import { groupNodeTypes } from '../palette/group-node-types';
import { matchNodeType } from '../palette/match-node-type';
import { usePickLocalized } from '../use-pick-localized';

export interface QuickAddMenuProps {
  /** Client (viewport) coordinates of the menu's top-left corner; kept inside the window. */
  position: { x: number; y: number };
  onPick: (type: NodeType) => void;
  onClose: () => void;
}

const WIDTH = 256;
const MAX_HEIGHT = 320;
const MARGIN = 8;

/**
 * The node types a connection can lead to (no entry nodes), searchable: typing filters, arrows move,
 * Enter picks, Escape or a click outside closes. Focus stays in the search box.
 */
export function QuickAddMenu({ position, onPick, onClose }: QuickAddMenuProps) {
  const t = useTranslations('editorNodes');
  const pick = usePickLocalized();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const types = useMemo(
    () =>
      groupNodeTypes((type) => !nodeCatalogue[type].entry && matchNodeType(type, query)).flatMap(
        (g) => g.types,
      ),
    [query],
  );
  const current = Math.min(active, Math.max(types.length - 1, 0));
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && event.target instanceof Node && !root.current.contains(event.target))
        onCloseRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  useEffect(() => {
    document.getElementById(`${idPrefix}-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [idPrefix, current]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = types.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = moves[event.key]!;
      setActive(next < 0 ? last : next > last ? 0 : next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const type = types[current];
      if (type) onPick(type);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const left = Math.max(MARGIN, Math.min(position.x, window.innerWidth - WIDTH - MARGIN));
  const top = Math.max(MARGIN, Math.min(position.y, window.innerHeight - MAX_HEIGHT - MARGIN));
  return (
    <div
      ref={root}
      role="menu"
      aria-label={t('quickAddTitle')}
      data-testid="quick-add-menu"
      className="fixed z-50 flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xl"
      style={{ left, top, width: WIDTH, maxHeight: MAX_HEIGHT }}
    >
      <div className="border-b border-slate-100 p-2">
        <input
          autoFocus
          type="text"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder={t('quickAddSearch')}
          aria-label={t('quickAddSearch')}
          aria-activedescendant={types.length > 0 ? `${idPrefix}-${current}` : undefined}
          data-testid="quick-add-search"
          className="h-8 w-full rounded-md border border-slate-300 px-2 text-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-1 focus:ring-brand-500 focus:outline-none"
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-1">
        {types.map((type, index) => {
          const definition = nodeCatalogue[type];
          return (
            <button
              key={type}
              id={`${idPrefix}-${index}`}
              type="button"
              role="menuitem"
              tabIndex={-1}
              title={pick(definition.description)}
              data-testid={`quick-add-${type}`}
              data-active={index === current ? 'true' : undefined}
              onMouseEnter={() => setActive(index)}
              onClick={() => onPick(type)}
              className={`flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm ${
                index === current ? 'bg-brand-50 text-brand-700' : 'text-slate-700'
              }`}
            >
              <span
                className={`flex h-5 w-5 shrink-0 items-center justify-center rounded ${groupStyle[definition.group].icon}`}
              >
                <NodeIcon type={type} className="h-3 w-3" />
              </span>
              <span className="truncate">{pick(definition.label)}</span>
            </button>
          );
        })}
        {types.length === 0 ? (
          <p className="px-2 py-3 text-center text-sm text-slate-500" role="status">
            {t('quickAddEmpty')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
