'use client';
import { useTranslations } from 'next-intl';
import type { SimulationStep } from '@/server/simulator/simulation-schema';
import { useDescribeAction } from '../use-describe-action';
import { useSimTimeFormat } from '../use-sim-time-format';

/** "#3 · Sent “hi” · Mon 09:00": which step, what the tester did, and when (simulated time). */
export function StepHeading({ step, index }: { step: SimulationStep; index: number }) {
  const t = useTranslations('simulator.inspect.step');
  const describe = useDescribeAction();
  const formatTime = useSimTimeFormat().clock;
  return (
    <span className="flex min-w-0 flex-wrap items-baseline gap-x-1.5 text-xs">
      <span className="font-semibold text-slate-500">{t('number', { number: index + 1 })}</span>
      <span className="min-w-0 font-medium break-words text-slate-800">{describe.action(step.action)}</span>
      <span className="text-slate-400">{formatTime(step.at)}</span>
    </span>
  );
}
