'use client';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { changedVariables } from './changed-variables';
import { InspectSection } from './inspect-section';
import { prettyValue } from './pretty-value';

/** The conversation's variables, name → value; those the last step changed are highlighted. */
export function VariablesSection({ simulation }: { simulation: Simulation }) {
  const t = useTranslations('simulator.inspect.variables');
  const variables = simulation.conversation?.state.variables ?? {};
  const changed = useMemo(() => changedVariables(simulation), [simulation]);
  const names = Object.keys(variables).sort();
  return (
    <InspectSection title={t('title')} testId="sim-variables">
      {names.length === 0 ? (
        <p className="text-xs text-slate-500">{t('none')}</p>
      ) : (
        <dl className="flex flex-col gap-1 text-xs">
          {names.map((name) => {
            const isChanged = changed.has(name);
            return (
              <div
                key={name}
                data-testid={`sim-variable-${name}`}
                data-changed={isChanged ? 'true' : undefined}
                className={`flex gap-2 rounded px-1.5 py-0.5 ${isChanged ? 'bg-amber-50 ring-1 ring-amber-300' : ''}`}
              >
                <dt className="shrink-0 font-mono text-slate-600">{name}</dt>
                <dd className="min-w-0 flex-1 font-mono break-all whitespace-pre-wrap text-slate-900">
                  {prettyValue(variables[name], { quoteStrings: true })}
                </dd>
                {isChanged ? (
                  <span className="shrink-0 text-[10px] text-amber-700">{t('changed')}</span>
                ) : null}
              </div>
            );
          })}
        </dl>
      )}
    </InspectSection>
  );
}
