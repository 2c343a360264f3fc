'use client';
import { useTranslations } from 'next-intl';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { useFormatDuration } from './use-format-duration';
import { useNodeNames } from './use-node-names';
import { useSimTimeFormat } from './use-sim-time-format';

/** The timers that will fire as the clock moves on: node (click to show it), time, and how soon. */
export function PendingTimers(props: { simulation: Simulation; onFocusNode: (nodeId: string) => void }) {
  const t = useTranslations('simulator.clock');
  const { nameOf } = useNodeNames();
  const format = useSimTimeFormat();
  const duration = useFormatDuration();
  const timers = [...props.simulation.timers].sort((a, b) => a.fireAt - b.fireAt);
  if (timers.length === 0) return null;
  return (
    <ul aria-label={t('pendingTimers')} className="mt-1 flex flex-col gap-0.5">
      {timers.map((timer) => (
        <li key={timer.timerId} data-testid="sim-pending-timer" className="text-xs text-slate-600">
          ⏱{' '}
          <button
            type="button"
            onClick={() => props.onFocusNode(timer.nodeId)}
            className="font-medium text-sky-700 hover:underline"
          >
            {nameOf(timer.nodeId)}
          </button>{' '}
          {t('firesAt', {
            at: format.clock(timer.fireAt),
            wait: duration(timer.fireAt - props.simulation.clock),
          })}
        </li>
      ))}
    </ul>
  );
}
