'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { SimulationStep } from '@/server/simulator/simulation-schema';
import { StepHeading } from './step-heading';
import { StepTrace } from './step-trace';

type Props = { steps: SimulationStep[]; onFocusNode: (nodeId: string) => void };

/** Every step before the last, newest first, each collapsed; a trace renders only once opened. */
export function EarlierSteps({ steps, onFocusNode }: Props) {
  const t = useTranslations('simulator.inspect.earlier');
  if (steps.length === 0) return null;
  return (
    <details data-testid="sim-earlier-steps" className="border-t border-slate-200 pt-3">
      <summary className="cursor-pointer text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('title', { count: steps.length })}
      </summary>
      <ol className="mt-2 flex flex-col gap-1">
        {steps
          .map((step, index) => ({ step, index }))
          .reverse()
          .map(({ step, index }) => (
            <EarlierStep key={index} step={step} index={index} onFocusNode={onFocusNode} />
          ))}
      </ol>
    </details>
  );
}

function EarlierStep({
  step,
  index,
  onFocusNode,
}: {
  step: SimulationStep;
  index: number;
  onFocusNode: (nodeId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <li data-testid="sim-earlier-step">
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer">
          <StepHeading step={step} index={index} />
        </summary>
        {open ? (
          <div className="mt-1 pl-3">
            <StepTrace step={step} onFocusNode={onFocusNode} />
          </div>
        ) : null}
      </details>
    </li>
  );
}
