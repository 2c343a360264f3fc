'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useEditorStore } from '@/components/editor/store/editor-store-context';
import type { SimulationAction } from '@/core';
import { useNodeNames } from './use-node-names';

const chip =
  'h-7 shrink-0 rounded-md px-2 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * "Restart from…": ends the conversation and starts a new one at a chosen node (any node of the
 * flow), or at the node selected on the canvas when exactly one is.
 */
export function RestartControl(props: {
  pending: boolean;
  onAct: (action: SimulationAction) => Promise<boolean>;
}) {
  const t = useTranslations('simulator.restart');
  const { list } = useNodeNames();
  const selected = useEditorStore((s) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0]! : null));
  const [chosen, setChosen] = useState('');
  const nodeId = list.some((n) => n.id === chosen) ? chosen : '';
  const restart = (id: string) => void props.onAct({ type: 'restart', nodeId: id });

  return (
    <div className="flex flex-wrap items-center gap-1.5 border-b border-slate-200 bg-white px-3 py-1.5">
      <label className="flex min-w-0 flex-1 items-center gap-1.5 text-xs text-slate-600">
        <span className="shrink-0">{t('label')}</span>
        <select
          data-testid="sim-restart-node"
          value={nodeId}
          onChange={(event) => setChosen(event.target.value)}
          className="h-7 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-1 text-xs"
        >
          <option value="">{t('choose')}</option>
          {list.map((node) => (
            <option key={node.id} value={node.id}>
              {node.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="sim-restart"
        className={chip}
        disabled={props.pending || !nodeId}
        onClick={() => restart(nodeId)}
      >
        {t('go')}
      </button>
      {selected ? (
        <button
          type="button"
          data-testid="sim-restart-selected"
          className={chip}
          disabled={props.pending}
          onClick={() => restart(selected)}
        >
          {t('selected')}
        </button>
      ) : null}
    </div>
  );
}
