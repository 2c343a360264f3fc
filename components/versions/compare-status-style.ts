import { type CompareStatus } from './compare-graph';

/** How each status looks on the visual compare (node card classes, sign) and in its legend. */
export const compareStatusStyle: Record<CompareStatus, { card: string; sign: string; stroke: string }> = {
  added: { card: 'border-2 border-emerald-500 bg-emerald-50', sign: '+', stroke: '#10b981' },
  removed: {
    card: 'border-2 border-dashed border-red-400 bg-red-50 opacity-60',
    sign: '−',
    stroke: '#ef4444',
  },
  changed: { card: 'border-2 border-amber-500 bg-amber-50', sign: '~', stroke: '#f59e0b' },
  moved: { card: 'border border-slate-200 bg-white ring-2 ring-sky-400', sign: '↔', stroke: '#38bdf8' },
  unchanged: { card: 'border border-slate-200 bg-white', sign: '', stroke: '#94a3b8' },
};

export const compareStatuses: CompareStatus[] = ['added', 'removed', 'changed', 'moved', 'unchanged'];
