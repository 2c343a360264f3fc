'use client';
import { useTranslations } from 'next-intl';
import type { Simulation } from '@/server/simulator/simulation-schema';
import { ContactSection } from './contact-section';
import { ConversationSection } from './conversation-section';
import { EarlierSteps } from './earlier-steps';
import { InspectSection } from './inspect-section';
import { StepHeading } from './step-heading';
import { StepTrace } from './step-trace';
import { VariablesSection } from './variables-section';

export interface SimulationInspectorProps {
  simulation: Simulation;
  /** Shows a node on the canvas (select it and bring it into view). */
  onFocusNode: (nodeId: string) => void;
}

/**
 * The simulator's State tab: the test conversation, its variables, the test contact, what the last
 * step did (turns, marks, diagnostics, HTTP exchanges) and, collapsed, every earlier step. Reads
 * only `simulation` and the edited document (for node names and the flow's time zone).
 */
export function SimulationInspector({ simulation, onFocusNode }: SimulationInspectorProps) {
  const t = useTranslations('simulator.inspect');
  const steps = simulation.steps;
  const last = steps.at(-1);
  return (
    <div data-testid="sim-inspector" className="flex flex-col gap-3 p-3">
      <ConversationSection simulation={simulation} onFocusNode={onFocusNode} />
      <VariablesSection simulation={simulation} />
      <ContactSection simulation={simulation} />
      <InspectSection title={t('lastStep')} testId="sim-last-step">
        {last ? (
          <>
            <StepHeading step={last} index={steps.length - 1} />
            <StepTrace step={last} onFocusNode={onFocusNode} />
          </>
        ) : (
          <p className="text-xs text-slate-500">{t('noSteps')}</p>
        )}
      </InspectSection>
      <EarlierSteps steps={steps.slice(0, -1)} onFocusNode={onFocusNode} />
    </div>
  );
}
