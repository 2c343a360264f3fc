'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { SimulationAction } from '@/core';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { PendingTimers } from './pending-timers';
import { SetClockDialog } from './set-clock-dialog';
import { useSimTimeFormat } from './use-sim-time-format';

const MINUTE = 60_000;
/** Fast-forward buttons: test id suffix, message key, milliseconds. */
const STEPS: Array<[string, string, number]> = [
  ['1min', 'plusMinute', MINUTE],
  ['1h', 'plusHour', 60 * MINUTE],
  ['1d', 'plusDay', 24 * 60 * MINUTE],
];

const chip =
  'h-7 rounded-md px-2 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * The simulated clock on the flow's wall clock (its time zone), with "Set time…", fast-forward
 * buttons, "Next timer" (advance exactly to the earliest pending timer) and the pending timers.
 */
export function ClockBar(props: {
  simulation: Simulation;
  pending: boolean;
  error: string | null;
  onAct: (action: SimulationAction) => Promise<boolean>;
  onFocusNode: (nodeId: string) => void;
  onClearError: () => void;
}) {
  const t = useTranslations('simulator.clock');
  const format = useSimTimeFormat();
  const [setting, setSetting] = useState(false);
  const { simulation, pending, onAct } = props;
  const next = simulation.timers.reduce<number | null>(
    (min, timer) => (min === null ? timer.fireAt : Math.min(min, timer.fireAt)),
    null,
  );

  return (
    <div className="border-b border-slate-200 bg-white px-3 py-2">
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="mr-auto text-sm text-slate-800" title={format.timeZone}>
          🕘{' '}
          <time
            data-testid="sim-clock"
            dateTime={new Date(simulation.clock).toISOString()}
            className="font-medium"
          >
            {format.clock(simulation.clock)}
          </time>
        </span>
        <button
          type="button"
          data-testid="sim-set-clock"
          className={chip}
          disabled={pending}
          onClick={() => {
            props.onClearError();
            setSetting(true);
          }}
        >
          {t('setTime')}
        </button>
      </div>
      <div className="mt-1.5 flex flex-wrap items-center gap-1.5" role="group" aria-label={t('fastForward')}>
        {STEPS.map(([id, key, ms]) => (
          <button
            key={id}
            type="button"
            data-testid={`sim-advance-${id}`}
            className={chip}
            disabled={pending}
            onClick={() => void onAct({ type: 'advance', ms })}
          >
            {t(key)}
          </button>
        ))}
        <button
          type="button"
          data-testid="sim-next-timer"
          className={chip}
          disabled={pending || next === null}
          title={next === null ? t('noTimers') : undefined}
          onClick={() => {
            if (next !== null) void onAct({ type: 'advance', ms: Math.max(0, next - simulation.clock) });
          }}
        >
          {t('nextTimer')}
        </button>
      </div>
      <PendingTimers simulation={simulation} onFocusNode={props.onFocusNode} />
      <SetClockDialog
        open={setting}
        clock={simulation.clock}
        timeZone={format.timeZone}
        pending={pending}
        error={props.error}
        onClose={() => setSetting(false)}
        onSet={(at) => onAct({ type: 'set-clock', at })}
      />
    </div>
  );
}
