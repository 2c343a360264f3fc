'use client';
import { useTranslations } from 'next-intl';
import type { SimulationStep } from '@/server/simulator/simulation-schema';
import { HttpExchange } from './http-exchange';
import { TurnTrace } from './turn-trace';

/** Everything one step did: its turns in order, then the HTTP exchanges they made. */
export function StepTrace({
  step,
  onFocusNode,
}: {
  step: SimulationStep;
  onFocusNode: (nodeId: string) => void;
}) {
  const t = useTranslations('simulator.inspect.step');
  return (
    <div className="flex flex-col gap-2">
      {step.turns.length === 0 ? (
        <p className="text-xs text-slate-500">{t('noTurns')}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {step.turns.map((turn, i) => (
            <TurnTrace key={i} turn={turn} onFocusNode={onFocusNode} />
          ))}
        </ol>
      )}
      {step.http.length > 0 ? (
        <div className="flex flex-col gap-1.5">
          <div className="text-xs font-semibold text-slate-600">{t('http', { count: step.http.length })}</div>
          {step.http.map((exchange, i) => (
            <HttpExchange key={i} exchange={exchange} onFocusNode={onFocusNode} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
